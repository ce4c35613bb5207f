// Runs two Python programs at the same time in two runtimes of one process, each with its own output,
// argv and modules, then prints what each saw and its exit status (docs/embedding.md).
using Pytk.Hosting;

const string Source = """
    import sys
    name = sys.argv[1]
    sys.modules['owner'] = name
    total = 0
    for i in range(200000):
        total += i
    print(f'{name}: argv={sys.argv[1:]} owner={sys.modules["owner"]} total={total}')
    sys.exit(len(name))
    """;

var runs = new[] { "alpha", "beta-gamma" }.Select(name =>
{
    var output = new StringWriter { NewLine = "\n" };
    var runtime = Python.CreateRuntime(stdout: output, stderr: output, stdin: new StringReader(""));
    var task = Task.Factory.StartNew(() => runtime.RunString(Source, [name, "--flag"], path: $"<{name}>"),
        TaskCreationOptions.LongRunning);
    return (name, output, task);
}).ToList();

foreach (var (name, output, task) in runs)
    Console.Write($"[{name}] status {task.Result}\n{output}");
