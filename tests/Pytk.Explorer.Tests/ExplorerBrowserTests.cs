using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.Playwright;
using Pytk.Cli.Explorer;

namespace Pytk.Explorer.Tests;

/// <summary>
/// One explorer server (in this process, on a free loopback port) and one headless Chromium for all tests.
/// The browser is the system's (Debian's `chromium`; PYTK_CHROMIUM names another): Playwright cannot download
/// one here. Without it every test fails with a message that says how to install it.
/// </summary>
public sealed class ExplorerFixture : IAsyncLifetime
{
    public ExplorerServer Server = null!;
    public IPlaywright Playwright = null!;
    public IBrowser Browser = null!;
    public string Folder = null!, File = null!;

    public static string Chromium => Environment.GetEnvironmentVariable("PYTK_CHROMIUM") is { Length: > 0 } p ? p : "/usr/bin/chromium";

    public async Task InitializeAsync()
    {
        if (!System.IO.File.Exists(Chromium))
            throw new InvalidOperationException($"the browser tests need Chromium at {Chromium}: install it with `apt-get install -y chromium` (or set PYTK_CHROMIUM to a Chromium binary)");
        Folder = Path.Combine(Path.GetTempPath(), "pytk-explore-tests-" + Environment.ProcessId);
        Directory.CreateDirectory(Folder);
        File = Path.Combine(Folder, "watched.py");
        await System.IO.File.WriteAllTextAsync(File, "print('from the file')\n");
        Server = await ExplorerServer.StartAsync(File, 0);
        Playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        Browser = await Playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        Playwright?.Dispose();
        if (Server is not null) await Server.DisposeAsync();
        try { Directory.Delete(Folder, true); } catch (IOException) { }
    }
}

public sealed class ExplorerBrowserTests(ExplorerFixture fx, Xunit.Abstractions.ITestOutputHelper output) : IClassFixture<ExplorerFixture>
{
    static readonly string Screenshots = Path.Combine(FindTestsFolder(), "screenshots");

    static string FindTestsFolder()
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
            if (System.IO.File.Exists(Path.Combine(d.FullName, "Pytk.Explorer.Tests.csproj"))) return d.FullName;
        return AppContext.BaseDirectory;
    }

    async Task<IPage> Open(string fragment = "")
    {
        var page = await fx.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1500, Height = 1300 } });
        page.SetDefaultTimeout(20000);
        await page.GotoAsync(fx.Server.Url + fragment);
        await page.WaitForSelectorAsync("body[data-ready='1']");
        return page;
    }

    static async Task Shot(IPage page, string name)
    {
        Directory.CreateDirectory(Screenshots);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots, name + ".png"), FullPage = true });
    }

    /// <summary>The text under a class in the highlighted copy of the source (syntax colouring splits it into pieces).</summary>
    static async Task<string> Marked(IPage page, string selector) =>
        await page.EvaluateAsync<string>($"() => [...document.querySelectorAll('{selector}')].map(e => e.textContent).join('')");

    static async Task Eventually(Func<Task<string>> actual, string expected)
    {
        string last = "";
        for (int i = 0; i < 100; i++)
        {
            last = await actual();
            if (last == expected) return;
            await Task.Delay(100);
        }
        Assert.Equal(expected, last);
    }

    static async Task Type(IPage page, string source)
    {
        await page.FillAsync("#src", source); // an input event: the page updates after its debounce
    }

    [Fact]
    public async Task TypingAProgramShowsTokensAstBytecodeAndOutput()
    {
        var page = await Open();
        await Type(page, "def six_times(n):\n    return 6 * n\n\nprint(six_times(7))\n");
        await Assertions.Expect(page.Locator("#stdout")).ToHaveTextAsync("42\n");
        await Assertions.Expect(page.Locator("#tokens")).ToContainTextAsync("NAME           'six_times'");
        await Assertions.Expect(page.Locator("#ast")).ToContainTextAsync("FunctionDef");
        await Assertions.Expect(page.Locator("#dis")).ToContainTextAsync("BINARY_OP");
        await Assertions.Expect(page.Locator("#symtable")).ToContainTextAsync("six_times");
        await Assertions.Expect(page.Locator("#stats")).ToContainTextAsync("instructions");
        await Shot(page, "stages");
        await page.CloseAsync();
    }

    [Fact]
    public async Task HoveringANodeHighlightsItsSourceRangeAndClickingSourceSelectsTheInnermostNode()
    {
        var page = await Open();
        await Type(page, "y = 1\nprint(y + 20)\n");
        // the Call node of line 2 (the statement levels are open at first)
        var call = page.Locator("#ast summary", new() { HasText = "Call" }).First;
        await Assertions.Expect(call).ToContainTextAsync("2:0-2:13");
        await call.HoverAsync();
        await Eventually(() => Marked(page, "#hl mark.hl"), "print(y + 20)");
        // a click on the "2" of 20 (line 2, column 11) selects the Constant 20
        await page.EvaluateAsync("() => { const t = document.getElementById('src'); t.focus(); t.setSelectionRange(17, 17); t.dispatchEvent(new MouseEvent('click')); }");
        var selected = page.Locator("#ast summary.sel");
        await Assertions.Expect(selected).ToContainTextAsync("Constant");
        await Assertions.Expect(selected).ToContainTextAsync("2:10-2:12");
        await Eventually(() => Marked(page, "#hl mark.hl"), "20");
        await Shot(page, "hover");
        await page.CloseAsync();
    }

    [Fact]
    public async Task O2ListsTheChangedPassesAndShowsADiff()
    {
        var page = await Open();
        await page.FillAsync("#spec", "O2");
        await page.DispatchEventAsync("#spec", "change");
        await Type(page, "x = 2 * 3\nprint(x)\n");
        var changed = page.Locator("#passlist li.changed");
        await Assertions.Expect(changed.First).ToContainTextAsync("constfold");
        // the unchanged passes are listed but hidden until asked for
        Assert.True(await page.Locator("#passlist li.unchanged").CountAsync() > 0);
        await Assertions.Expect(page.Locator("#passlist li.unchanged").First).ToBeHiddenAsync();
        await changed.First.ClickAsync();
        await Assertions.Expect(page.Locator("#diffhead")).ToContainTextAsync("constfold");
        await Assertions.Expect(page.Locator("#diff td.mod, #diff td.del").First).ToContainTextAsync("x = 2 * 3");
        await Assertions.Expect(page.Locator("#diff td.mod, #diff td.ins").Last).ToContainTextAsync("x = 6");
        await Assertions.Expect(page.Locator("#remarks")).ToContainTextAsync("[constfold:folded]");
        // the same pass as bytecode
        await page.SelectOptionAsync("#view", "dis");
        await Assertions.Expect(page.Locator("#diffhead")).ToContainTextAsync("(dis)");
        await Assertions.Expect(page.Locator("#diff td.del, #diff td.mod").First).ToContainTextAsync("LOAD_CONST");
        await Shot(page, "passes-O2");
        await page.CloseAsync();
    }

    [Fact]
    public async Task ComparingPipelinesGivesCountsAndTheOutputCheck()
    {
        var page = await Open();
        await Type(page, "t = 0\nfor i in range(10):\n    t += 2 * 3\nprint(t)\n");
        await Assertions.Expect(page.Locator("#stdout")).ToHaveTextAsync("60\n");
        await page.FillAsync("#cmpspecs", "base=O0; opt=O2");
        await page.ClickAsync("#cmprun");
        var cols = page.Locator("#cols .col");
        await Assertions.Expect(cols).ToHaveCountAsync(2);
        await Assertions.Expect(cols.Nth(1).Locator(".check")).ToContainTextAsync("same output as base");
        int dyn0 = int.Parse(await cols.Nth(0).Locator(".dynamic").InnerTextAsync());
        int dyn1 = int.Parse(await cols.Nth(1).Locator(".dynamic").InnerTextAsync());
        Assert.True(dyn1 < dyn0, $"O2 should execute fewer instructions than O0 here ({dyn1} vs {dyn0})");
        await Shot(page, "compare");
        await page.CloseAsync();
    }

    [Fact]
    public async Task ASharedLinkRestoresTheWholeState()
    {
        var state = JsonSerializer.Serialize(new { v = 1, source = "print('shared', 3 * 4)\n", spec = "O1", view = "ast", sel = 0, stdin = "", argv = "", compare = "a=O0; b=O1" });
        string fragment = "#s=" + Convert.ToBase64String(Encoding.UTF8.GetBytes(state)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var page = await Open(fragment);
        await Assertions.Expect(page.Locator("#stdout")).ToHaveTextAsync("shared 12\n");
        await Assertions.Expect(page.Locator("#spec")).ToHaveValueAsync("O1");
        await Assertions.Expect(page.Locator("#view")).ToHaveValueAsync("ast");
        await Assertions.Expect(page.Locator("#cmpspecs")).ToHaveValueAsync("a=O0; b=O1");
        await Assertions.Expect(page.Locator("#diffhead")).ToContainTextAsync("(ast)");
        // and the page writes its state back: a new page from that link shows the same source
        await Type(page, "print('edited')\n");
        await Assertions.Expect(page.Locator("#stdout")).ToHaveTextAsync("edited\n");
        var link = page.Url;
        var again = await Open(link[link.IndexOf('#')..]);
        await Assertions.Expect(again.Locator("#src")).ToHaveValueAsync("print('edited')\n");
        await Shot(again, "shared-link");
        await page.CloseAsync();
        await again.CloseAsync();
    }

    [Fact]
    public async Task ASyntaxErrorShowsItsSquiggleAtThePositionOfTheError()
    {
        var page = await Open();
        await Type(page, "values = [1, 2]\nprint(values 3)\n");
        await Assertions.Expect(page.Locator("#errbox")).ToContainTextAsync("SyntaxError: invalid syntax. Perhaps you forgot a comma?");
        // the squiggle covers exactly the range the error gives (CPython's offset and end_offset, 1-based)
        var error = await page.EvaluateAsync<JsonElement>("() => fetch('/api/stages', {method: 'POST', headers: {'Content-Type': 'application/json'}, body: JSON.stringify({source: document.getElementById('src').value})}).then(r => r.json()).then(j => j.error)");
        Assert.Equal(2, error.GetProperty("lineno").GetInt32());
        string line = "print(values 3)";
        string expected = line[(error.GetProperty("offset").GetInt32() - 1)..(error.GetProperty("end_offset").GetInt32() - 1)];
        Assert.Equal("values 3", expected);
        await Eventually(() => Marked(page, "#hl [data-err]"), expected);
        var decoration = await page.Locator("#hl .err").First.EvaluateAsync<string>("e => getComputedStyle(e).textDecorationStyle");
        Assert.Equal("wavy", decoration);
        await Shot(page, "syntax-error");
        await page.CloseAsync();
    }

    [Fact]
    public async Task A2000LineFileStaysResponsive()
    {
        var page = await Open();
        await page.UncheckAsync("#autorun");
        var source = new StringBuilder();
        for (int i = 0; source.ToString().Count(c => c == '\n') < 2000; i++)
            source.Append($"def f{i}(a, b=2):\n    c = [a * k + b for k in range({i % 7})]\n    if c and a > {i}:\n        return sum(c)  # f{i}\n    return 'none'\n\n");
        // what typing costs in the page itself (the input event redraws the highlighted copy at once)
        double input = await page.EvaluateAsync<double>("s => { const t = performance.now(); const e = document.getElementById('src'); e.value = s; e.dispatchEvent(new Event('input')); return performance.now() - t; }", source.ToString());
        output.WriteLine($"2,000 lines: input event {input:F0} ms");
        await Assertions.Expect(page.Locator("#dis")).ToContainTextAsync("f300", new() { Timeout = 60000 });
        // what a keystroke costs in the page before the server is asked: redrawing the highlighted copy
        double render = await page.EvaluateAsync<double>("() => { const t = performance.now(); renderSource(); return performance.now() - t; }");
        // a click in the source: finding and opening the innermost node
        int at = source.ToString().IndexOf("return sum(c)  # f300") + "return s".Length;
        double select = await page.EvaluateAsync<double>("at => { const t = performance.now(); const s = document.getElementById('src'); s.setSelectionRange(at, at); onCaret(); return performance.now() - t; }", at);
        double hover = await page.EvaluateAsync<double>("() => { const t = performance.now(); document.querySelector('#ast summary.sel').dispatchEvent(new MouseEvent('mouseover', {bubbles: true})); return performance.now() - t; }");
        output.WriteLine($"2,000 lines: input {input:F0} ms, redraw {render:F0} ms, click-to-node {select:F0} ms, hover {hover:F0} ms; status: {await page.InnerTextAsync("#status")}");
        Assert.True(input < 1000 && render < 1000 && select < 1000 && hover < 1000, $"redraw {render} ms, select {select} ms, hover {hover} ms");
        await Assertions.Expect(page.Locator("#ast summary.sel")).ToContainTextAsync("Name");
        await Eventually(() => Marked(page, "#hl mark.hl"), "sum");
        await page.CloseAsync();
    }

    [Fact]
    public async Task TheStopButtonEndsARunningProgram()
    {
        var page = await Open();
        await page.UncheckAsync("#autorun");
        await page.FillAsync("#timems", "60000");
        await Type(page, "n = 0\nwhile True:\n    n += 1\n");
        await page.ClickAsync("#run");
        await Assertions.Expect(page.Locator("#stop")).ToBeEnabledAsync();
        await Task.Delay(300);
        await page.ClickAsync("#stop");
        await Assertions.Expect(page.Locator("#stats")).ToContainTextAsync("stopped: Stop button");
        await Assertions.Expect(page.Locator("#stderr")).ToContainTextAsync("KeyboardInterrupt");
        await page.CloseAsync();
    }

    [Fact]
    public async Task SavingTheOpenedFileUpdatesThePage()
    {
        var page = await Open();
        await Assertions.Expect(page.Locator("#filename")).ToHaveTextAsync("watched.py");
        await System.IO.File.WriteAllTextAsync(fx.File, "print('saved', 1 + 1)\n");
        await Assertions.Expect(page.Locator("#src")).ToHaveValueAsync("print('saved', 1 + 1)\n");
        await Assertions.Expect(page.Locator("#stdout")).ToHaveTextAsync("saved 2\n");
        await page.CloseAsync();
    }

    [Fact]
    public async Task RequestsFromAnotherHostOrOriginAreRefused()
    {
        using var http = new HttpClient();
        var url = new Uri(fx.Server.Url);
        using var own = await http.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        using var rebinding = new HttpRequestMessage(HttpMethod.Get, url);
        rebinding.Headers.Host = "attacker.example:" + url.Port;
        Assert.Equal(HttpStatusCode.Forbidden, (await http.SendAsync(rebinding)).StatusCode);
        using var crossSite = new HttpRequestMessage(HttpMethod.Post, new Uri(url, "/api/run"))
        {
            Content = new StringContent("{\"source\":\"print(1)\"}", Encoding.UTF8, "application/json"),
        };
        crossSite.Headers.Add("Origin", "http://attacker.example");
        Assert.Equal(HttpStatusCode.Forbidden, (await http.SendAsync(crossSite)).StatusCode);
    }
}
