using System.Text;

namespace Pytk.Cli;

/// <summary>
/// A one-line progress bar on standard error for long work over many files (`compile`, `parse`,
/// `tokenize --summary`): drawn only when stderr is a terminal (never into a file or a pipe) and TERM is not
/// `dumb`, redrawn at most ten times a second, erased at the end. It moves the cursor with a carriage return
/// only: no cursor hiding and no other terminal mode, so an interrupted run leaves the terminal as it was.
/// The bar is green when colour is on (--color, NO_COLOR; <see cref="CliContext.Colour"/>), plain otherwise.
/// </summary>
public sealed class ProgressBar : IDisposable
{
    /// <summary>Fewer items than this finish too soon for a bar to help.</summary>
    public const int MinimumItems = 50;

    /// <summary>The width of a line (terminals are at least 80 columns; pytk does not query the terminal, which
    /// would set it up).</summary>
    const int LineWidth = 79;

    readonly TextWriter err;
    readonly int total;
    readonly string unit;
    readonly bool colour;
    readonly Timer timer;
    readonly object gate = new();
    int done, lastLength;
    string? current;
    bool closed;

    ProgressBar(TextWriter err, int total, string unit, bool colour)
    {
        this.err = err;
        this.total = total;
        this.unit = unit;
        this.colour = colour;
        Draw();
        timer = new Timer(_ => Draw(), null, 100, 100);
    }

    /// <summary>A bar for <paramref name="total"/> items on the command's stderr, or null when there is none to
    /// draw (stderr not a terminal, TERM=dumb, or fewer than <see cref="MinimumItems"/> items).</summary>
    public static ProgressBar? Start(CliContext ctx, int total, string unit)
    {
        if (!ctx.StderrIsTerminal || total < MinimumItems || Environment.GetEnvironmentVariable("TERM") == "dumb") return null;
        return new ProgressBar(ctx.Err, total, unit, ctx.Colour(terminal: true));
    }

    /// <summary>One more item done (any thread); <paramref name="item"/> is shown after the count.</summary>
    public void Advance(string? item = null)
    {
        Interlocked.Increment(ref done);
        if (item is not null) Volatile.Write(ref current, item);
    }

    /// <summary>The line as it is drawn now (without colour).</summary>
    public string Line()
    {
        int d = Math.Min(Volatile.Read(ref done), total);
        const int barWidth = 30;
        int fill = total == 0 ? barWidth : (int)((long)d * barWidth / total);
        string text = $"[{new string('#', fill)}{new string('.', barWidth - fill)}] {d}/{total} {unit} {d * 100L / Math.Max(1, total),3}%";
        if (Volatile.Read(ref current) is { } item && text.Length + 2 < LineWidth)
        {
            int room = LineWidth - text.Length - 2;
            text += "  " + (item.Length <= room ? item : "..." + item[^(room - 3)..]);
        }
        return text;
    }

    void Draw()
    {
        lock (gate)
        {
            if (closed) return;
            string line = Line();
            var s = new StringBuilder("\r");
            if (colour)
            {
                int bar = line.IndexOf(']') + 1;
                s.Append("\u001b[32m").Append(line, 0, bar).Append("\u001b[0m").Append(line, bar, line.Length - bar);
            }
            else s.Append(line);
            // a shorter line than the last one: blanks over the rest (no erase sequence)
            if (line.Length < lastLength) s.Append(' ', lastLength - line.Length);
            lastLength = line.Length;
            try
            {
                err.Write(s.ToString());
                err.Flush();
            }
            catch (IOException) { closed = true; }
        }
    }

    /// <summary>Erases the bar: the line is blank and the cursor at its start, for what follows.</summary>
    public void Dispose()
    {
        timer.Dispose();
        Draw();  // the final count, then blanks
        lock (gate)
        {
            if (closed) return;
            closed = true;
            try
            {
                err.Write("\r" + new string(' ', lastLength) + "\r");
                err.Flush();
            }
            catch (IOException) { }
        }
    }
}
