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

    /// <summary>The repository's root (the folder with Toolkit.sln).</summary>
    public static string RepoRoot
    {
        get
        {
            for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
                if (System.IO.File.Exists(Path.Combine(d.FullName, "Toolkit.sln"))) return d.FullName;
            throw new InvalidOperationException("Toolkit.sln not found above " + AppContext.BaseDirectory);
        }
    }

    /// <summary>The Python-written pass plugin of examples/python-pass, loaded by the server for the page.</summary>
    public static string PythonPlugin => Path.Combine(RepoRoot, "examples", "python-pass", "flip_not.py");

    public static string Chromium => Environment.GetEnvironmentVariable("PYTK_CHROMIUM") is { Length: > 0 } p ? p : "/usr/bin/chromium";

    public async Task InitializeAsync()
    {
        if (!System.IO.File.Exists(Chromium))
            throw new InvalidOperationException($"the browser tests need Chromium at {Chromium}: install it with `apt-get install -y chromium` (or set PYTK_CHROMIUM to a Chromium binary)");
        Folder = Path.Combine(Path.GetTempPath(), "pytk-explore-tests-" + Environment.ProcessId);
        Directory.CreateDirectory(Folder);
        File = Path.Combine(Folder, "watched.py");
        await System.IO.File.WriteAllTextAsync(File, "print('from the file')\n");
        Server = await ExplorerServer.StartAsync(File, 0, plugins: [PythonPlugin]);
        Playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        // a loaded CI machine (and a debug build): 5 s, Playwright's default, is too short for a first run
        Assertions.SetDefaultExpectTimeout(15000);
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

/// <summary>Every browser test shares one server, one browser and one folder (and runs one at a time).</summary>
[CollectionDefinition("explorer")]
public sealed class ExplorerCollection : ICollectionFixture<ExplorerFixture>;

[Collection("explorer")]
public sealed class ExplorerBrowserTests(ExplorerFixture fx, Xunit.Abstractions.ITestOutputHelper output)
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

    /// <summary>Puts a long source in the editor at once (Playwright's fill is slow on thousands of lines).</summary>
    static async Task Paste(IPage page, string source) =>
        await page.EvaluateAsync("s => { const e = document.getElementById('src'); e.value = s; e.dispatchEvent(new Event('input')); }", source);

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

    /// <summary>A program of argparse.py's size (2,700 lines of classes, methods and constant expressions that
    /// -O2 folds), written out here so the test needs no CPython.</summary>
    internal static string BigProgram(int lines)
    {
        var b = new StringBuilder("import sys\n\nDEBUG = False\n\n");
        for (int i = 0; b.ToString().Count(c => c == '\n') < lines; i++)
            b.Append($"class Action{i}:\n    \"\"\"Action number {i}.\"\"\"\n\n    def __init__(self, dest, nargs=None):\n        self.dest = dest\n        self.nargs = nargs\n        self.width = 24 * 3 + {i % 5}\n\n" +
                     $"    def format(self, prefix):\n        if DEBUG and False:\n            print('unreachable')\n        parts = [prefix, self.dest, str(self.nargs)]\n        return ' '.join(parts)[:80 - 2 * 4]\n\n" +
                     $"    def __call__(self, parser, namespace, values):\n        if not values:\n            return None\n        setattr(namespace, self.dest, values)\n        return len(values) * 1\n\n\n");
        return b.ToString();
    }

    [Fact]
    public async Task ABigProgramAtO2ShowsItsPassDiffQuicklyWithUnchangedLinesFolded()
    {
        var page = await Open();
        await page.UncheckAsync("#autorun");
        string source = BigProgram(2700);
        await page.FillAsync("#spec", "O2");
        await page.DispatchEventAsync("#spec", "change");
        await Paste(page, source);
        await Assertions.Expect(page.Locator("#diffhead")).ToContainTextAsync("constfold", new() { Timeout = 60000 });
        // after a change: the time from the edit's update (after the 250 ms debounce) to the diff on the page
        var times = new List<int>();
        for (int k = 0; k < 3; k++)
        {
            await page.EvaluateAsync("() => delete document.body.dataset.diffMs");
            await Paste(page, source + $"\nEXTRA_{k} = {k} * 2\n");
            await Assertions.Expect(page.Locator("body[data-diff-ms]")).ToHaveCountAsync(1, new() { Timeout = 60000 });
            times.Add(int.Parse(await page.GetAttributeAsync("body", "data-diff-ms") ?? "-1"));
            output.WriteLine("page timings: " + await page.EvaluateAsync<string>("() => JSON.stringify(state.timings)"));
        }
        output.WriteLine($"{source.Count(c => c == '\n')} lines at -O2: pass list and diff {string.Join(", ", times)} ms after each change (status: {await page.InnerTextAsync("#status")})");
        // the changed passes are listed; the diff shows the folded constant with the unchanged runs folded
        await Assertions.Expect(page.Locator("#passlist li.changed").First).ToContainTextAsync("constfold");
        await Assertions.Expect(page.Locator("#diff td.mod, #diff td.del").First).ToContainTextAsync("24 * 3");
        var folds = page.Locator("#diff tr.fold");
        Assert.True(await folds.CountAsync() > 0, "unchanged runs are folded");
        int rowsBefore = await page.Locator("#diff tr").CountAsync();
        int folded = int.Parse(await folds.First.GetAttributeAsync("data-count") ?? "0");
        await folds.First.ClickAsync();
        await Assertions.Expect(page.Locator("#diff tr")).ToHaveCountAsync(rowsBefore - 1 + folded);
        await Shot(page, "big-program-O2");
        // a generous bound for a loaded CI machine running a debug build; the measured times are in the output
        Assert.True(times.Min() < 5000, $"pass view after a change took {string.Join(", ", times)} ms");
        await page.CloseAsync();
    }

    [Fact]
    public async Task ChoosingAFunctionNarrowsTheBytecodeAndThePassView()
    {
        var page = await Open();
        await page.FillAsync("#spec", "O2");
        await page.DispatchEventAsync("#spec", "change");
        await Type(page, "def area(r):\n    return 3 * 2 * r\n\nclass Box:\n    def size(self, n):\n        return n + 1\n\nprint(area(2), Box().size(4))\n");
        await Assertions.Expect(page.Locator("#stdout")).ToHaveTextAsync("12 5\n");
        await Assertions.Expect(page.Locator("#func option")).ToHaveCountAsync(4); // module, area, Box, Box.size
        await page.SelectOptionAsync("#func", "Box.size");
        await Assertions.Expect(page.Locator("#dis")).ToContainTextAsync("LOAD_FAST");
        await Assertions.Expect(page.Locator("#dis")).Not.ToContainTextAsync("area");
        await Assertions.Expect(page.Locator("#diffhead")).ToContainTextAsync("no pass changed Box.size");
        await page.SelectOptionAsync("#func", "area");
        await Assertions.Expect(page.Locator("#diffhead")).ToContainTextAsync("constfold");
        await Assertions.Expect(page.Locator("#diffhead")).ToContainTextAsync("area");
        await Assertions.Expect(page.Locator("#diff td.mod, #diff td.del").First).ToContainTextAsync("3 * 2 * r");
        await Assertions.Expect(page.Locator("#diff")).Not.ToContainTextAsync("Box");
        await Assertions.Expect(page.Locator("#dis")).Not.ToContainTextAsync("Box");
        // the choice is part of the link
        var again = await Open(page.Url[page.Url.IndexOf('#')..]);
        await Assertions.Expect(again.Locator("#func")).ToHaveValueAsync("area");
        await Shot(page, "function");
        await again.CloseAsync();
        await page.CloseAsync();
    }

    [Fact]
    public async Task APluginPassIsChosenFromThePageAndRuns()
    {
        var page = await Open();
        await page.FillAsync("#spec", "O1");
        await page.DispatchEventAsync("#spec", "change");
        await Type(page, "x = 0\nif not x:\n    print('zero')\nelse:\n    print('other')\n");
        var option = page.Locator("#addpass optgroup[label='flip_not.py'] option[value='flip-not-if']");
        await Assertions.Expect(option).ToHaveCountAsync(1);
        await page.SelectOptionAsync("#addpass", "flip-not-if");
        await Assertions.Expect(page.Locator("#spec")).ToHaveValueAsync("O1,flip-not-if");
        await Assertions.Expect(page.Locator("#passlist li.changed")).ToContainTextAsync("flip-not-if [flip_not.py]");
        await Assertions.Expect(page.Locator("#diff td:nth-child(4).mod, #diff td:nth-child(4).ins").First).ToContainTextAsync("if x:");
        // and the pipeline compiles the program that the side-by-side view runs
        await page.FillAsync("#cmpspecs", "base=O0; flipped=O1,flip-not-if");
        await page.ClickAsync("#cmprun");
        await Assertions.Expect(page.Locator("#cols .col").Nth(1).Locator(".check")).ToContainTextAsync("same output as base");
        await page.CloseAsync();
    }

    [Fact]
    public async Task ExportJsonFollowsTheReportSchemaAndExportHtmlStandsAlone()
    {
        var page = await Open();
        await Type(page, "print('exported', 2 * 21)\n");
        await Assertions.Expect(page.Locator("#stdout")).ToHaveTextAsync("exported 42\n");
        await Assertions.Expect(page.Locator("#diffhead")).ToContainTextAsync("constfold");
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#exportjson"));
        string json = await System.IO.File.ReadAllTextAsync(await download.PathAsync());
        var schema = Json.Schema.JsonSchema.FromText(await System.IO.File.ReadAllTextAsync(Path.Combine(ExplorerFixture.RepoRoot, "docs", "schema", "pytk-report.schema.json")));
        var result = schema.Evaluate(JsonDocument.Parse(json).RootElement, new Json.Schema.EvaluationOptions { OutputFormat = Json.Schema.OutputFormat.List });
        Assert.True(result.IsValid, "Export JSON does not follow docs/schema/pytk-report.schema.json: " +
            string.Join("; ", (result.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
        var doc = JsonDocument.Parse(json).RootElement;
        Assert.Equal("explore", doc.GetProperty("kind").GetString());
        Assert.Equal("print('exported', 2 * 21)\n", doc.GetProperty("state").GetProperty("source").GetString());
        Assert.Equal("exported 42\n", doc.GetProperty("run").GetProperty("stdout").GetString());
        Assert.Equal("constfold", doc.GetProperty("pipeline").GetProperty("diff").GetProperty("pass").GetString());

        download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#exporthtml"));
        string html = await System.IO.File.ReadAllTextAsync(await download.PathAsync());
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        // opened with no server and no network, it shows the panes as they were
        var snapshot = await fx.Browser.NewPageAsync();
        var requests = new List<string>();
        snapshot.Request += (_, r) => requests.Add(r.Url);
        await snapshot.RouteAsync("**/*", route => route.AbortAsync());
        await snapshot.SetContentAsync(html);
        await Assertions.Expect(snapshot.Locator("#stdout")).ToHaveTextAsync("exported 42\n");
        await Assertions.Expect(snapshot.Locator("#tokens")).ToContainTextAsync("NAME           'print'");
        await Assertions.Expect(snapshot.Locator("#dis")).ToContainTextAsync("CALL");
        await Assertions.Expect(snapshot.Locator("#diffhead")).ToContainTextAsync("constfold");
        Assert.Equal("rgb(43, 58, 85)", await snapshot.Locator("header").EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor"));
        Assert.DoesNotContain(requests, u => !u.StartsWith("data:") && u != "about:blank");
        await Shot(snapshot, "export-html");
        await snapshot.CloseAsync();
        await page.CloseAsync();
    }

    [Fact]
    public async Task RunsHaveMemoryTimeAndRecursionLimits()
    {
        var page = await Open();
        await page.UncheckAsync("#autorun");
        async Task<(string Stderr, string Stats)> Run(string source)
        {
            await Type(page, source);
            await page.ClickAsync("#run");
            await Assertions.Expect(page.Locator("#run")).ToBeEnabledAsync(new() { Timeout = 60000 });
            await Assertions.Expect(page.Locator("#stats")).Not.ToHaveTextAsync("running…", new() { Timeout = 60000 });
            return (await page.InnerTextAsync("#stderr"), await page.InnerTextAsync("#stats"));
        }
        await page.FillAsync("#memmb", "64");
        var (err, _) = await Run("chunks = []\nwhile True:\n    chunks.append(bytearray(1 << 20))\n");
        Assert.Contains("MemoryError", err);
        // the time limit cannot be caught
        await page.FillAsync("#timems", "400");
        var (err2, stats2) = await Run("while True:\n    try:\n        while True:\n            pass\n    except BaseException:\n        pass\n");
        Assert.Contains("stopped: time limit (400 ms)", stats2);
        Assert.Contains("exit status 124", stats2);
        Assert.Contains("the run was stopped", err2);
        // nor can the recursion limit be raised past the page's
        await page.FillAsync("#timems", "5000");
        await page.FillAsync("#reclimit", "200");
        // (at once: the runtime holds it under the page's limit)
        var (err3, _) = await Run("import sys\nsys.setrecursionlimit(100000)\nprint(sys.getrecursionlimit())\ndef f(n):\n    return f(n + 1)\nf(0)\n");
        Assert.Contains("RecursionError: maximum recursion depth exceeded", err3);
        Assert.Equal("200\n", await page.InnerTextAsync("#stdout"));
        // the session's runtime lives on: the next run works
        await Type(page, "print('still here')\n");
        await page.ClickAsync("#run");
        await Assertions.Expect(page.Locator("#stdout")).ToHaveTextAsync("still here\n");
        await page.CloseAsync();
    }

    /// <summary>The runtime processes this test process started (`pytk explore --worker`), from /proc.</summary>
    static List<int> Workers()
    {
        var found = new List<int>();
        foreach (var dir in Directory.GetDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out int pid)) continue;
            try
            {
                var stat = System.IO.File.ReadAllText(Path.Combine(dir, "stat"));
                int ppid = int.Parse(stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[1]);
                var cmdline = System.IO.File.ReadAllText(Path.Combine(dir, "cmdline")).Split('\0');
                if (ppid == Environment.ProcessId && cmdline.Contains("explore") && cmdline.Contains("--worker")) found.Add(pid);
            }
            catch (IOException) { } // the process ended meanwhile
            catch (UnauthorizedAccessException) { }
        }
        return found;
    }

    [Fact]
    public async Task ARuntimeProcessThatDiesIsReportedAndReplaced()
    {
        if (!OperatingSystem.IsLinux()) throw new PlatformNotSupportedException("this test finds the runtime processes in /proc (Linux)");
        var page = await Open();
        await page.UncheckAsync("#autorun");
        await page.FillAsync("#timems", "60000");
        await Type(page, "n = 0\nwhile True:\n    n += 1\n");
        await page.ClickAsync("#run");
        await Assertions.Expect(page.Locator("#stop")).ToBeEnabledAsync();
        await Task.Delay(500);
        // as a .NET stack overflow would: the process of the running program ends at once
        var workers = Workers();
        Assert.NotEmpty(workers);
        foreach (var pid in workers) System.Diagnostics.Process.GetProcessById(pid).Kill();
        await Assertions.Expect(page.Locator("#stats")).ToContainTextAsync("stopped: the runtime process ended");
        await Assertions.Expect(page.Locator("#stderr")).ToContainTextAsync("the program crashed its runtime process");
        // the server goes on, and the tab's next run gets a new runtime process
        await Type(page, "print('a new runtime')\n");
        await page.ClickAsync("#run");
        await Assertions.Expect(page.Locator("#stdout")).ToHaveTextAsync("a new runtime\n");
        await page.CloseAsync();
    }

    [Fact]
    public async Task OpenStartsTheSystemBrowserOnThePage()
    {
        // a stand-in for xdg-open that writes down the URL it was given
        string bin = Path.Combine(fx.Folder, "fakebin");
        Directory.CreateDirectory(bin);
        string opened = Path.Combine(fx.Folder, "opened.txt");
        string opener = Path.Combine(bin, "xdg-open");
        await System.IO.File.WriteAllTextAsync(opener, $"#!/bin/sh\nprintf '%s' \"$1\" > '{opened}'\n");
        if (!OperatingSystem.IsLinux()) throw new PlatformNotSupportedException("this test stands in for xdg-open (Linux)");
        System.IO.File.SetUnixFileMode(opener, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var psi = new System.Diagnostics.ProcessStartInfo(Path.Combine(AppContext.BaseDirectory, "pytk"))
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        foreach (var a in new[] { "explore", fx.File, "--open" }) psi.ArgumentList.Add(a);
        psi.Environment["PATH"] = bin + ":" + Environment.GetEnvironmentVariable("PATH");
        using var process = System.Diagnostics.Process.Start(psi)!;
        try
        {
            string? line = await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60));
            Assert.NotNull(line);
            var m = System.Text.RegularExpressions.Regex.Match(line!, @"^pytk explore: (http://127\.0\.0\.1:\d+/)");
            Assert.True(m.Success, line);
            // the shell makes the file, then writes it
            for (int i = 0; i < 400 && !(System.IO.File.Exists(opened) && new FileInfo(opened).Length > 0); i++) await Task.Delay(50);
            Assert.Equal(m.Groups[1].Value, await System.IO.File.ReadAllTextAsync(opened));
            var page = await fx.Browser.NewPageAsync();
            await page.GotoAsync(m.Groups[1].Value);
            await page.WaitForSelectorAsync("body[data-ready='1']");
            await Assertions.Expect(page.Locator("#filename")).ToHaveTextAsync("watched.py");
            await page.CloseAsync();
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }
}
