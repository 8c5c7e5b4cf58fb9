namespace FurnaceFw.NfCheck;

/// <summary>PASS/FAIL lines and the closing count.</summary>
public sealed class Report
{
    private readonly bool _buffered;
    private readonly List<string> _lines = new();
    private int _passed;
    private int _failed;

    /// <param name="buffered">Keep the lines for <see cref="Append"/> instead of printing them (parallel work).</param>
    public Report(bool buffered = false) => _buffered = buffered;

    /// <summary>Prints a buffered report's lines and adds its counts.</summary>
    public void Append(Report other)
    {
        foreach (string line in other._lines)
        {
            Console.WriteLine(line);
        }

        _passed += other._passed;
        _failed += other._failed;
    }

    private void Write(string line)
    {
        if (_buffered)
        {
            _lines.Add(line);
        }
        else
        {
            Console.WriteLine(line);
        }
    }

    public void Pass(string name)
    {
        Write("PASS " + name);
        _passed++;
    }

    public void Fail(string name, string why)
    {
        Write($"FAIL {name}: {why}");
        _failed++;
    }

    public void Result(string name, bool ok, IEnumerable<string> diagnostics)
    {
        var lines = diagnostics.ToList();
        if (ok)
        {
            Pass(name);
            return;
        }

        Fail(name, lines.Count == 0 ? "failed" : $"{lines.Count} diagnostic(s)");
        foreach (string line in lines.Take(60))
        {
            Write("  " + line);
        }
    }

    public int Finish()
    {
        Console.WriteLine($"surface: {_passed} passed, {_failed} failed");
        return _failed == 0 ? 0 : 1;
    }
}
