using System.Globalization;

namespace FurnaceFw.Sim.Invariants;

/// <summary>One broken invariant: which, when, a stable category (what counts as "the same" violation) and one line of
/// explanation.</summary>
public sealed record Violation(string Invariant, long AtMs, string Category, string Explanation);

/// <summary>
/// A safety invariant checked on every step of the virtual board against the plant's truth (<see cref="CycleFacts"/>).
/// It keeps the first violation and counts the violating steps; <see cref="Notes"/> holds cases that are reported but
/// are not the firmware's fault (a stated hardware limit).
/// </summary>
public abstract class Invariant
{
    private const int MaxNotes = 8;
    private readonly List<Violation> _notes = new();

    protected Invariant(string id, string title, InvariantLimits limits)
    {
        Id = id;
        Title = title;
        Limits = limits;
    }

    /// <summary>"I1" .. "I7".</summary>
    public string Id { get; }

    public string Title { get; }

    public InvariantLimits Limits { get; }

    public Violation? First { get; private set; }

    /// <summary>Steps on which the invariant was violated.</summary>
    public int Count { get; private set; }

    public IReadOnlyList<Violation> Notes => _notes;

    public abstract void Observe(CycleFacts facts);

    protected void Report(long atMs, string category, string explanation)
    {
        Count++;
        First ??= new Violation(Id, atMs, Id + " " + category, explanation);
    }

    protected void Note(long atMs, string category, string explanation)
    {
        if (_notes.Count < MaxNotes)
        {
            _notes.Add(new Violation(Id, atMs, Id + " " + category, explanation));
        }
    }

    protected static string C(double celsius) => celsius.ToString("0.0", CultureInfo.InvariantCulture) + " °C";

    protected static string S(long ms) => (ms / 1000.0).ToString("0.#", CultureInfo.InvariantCulture) + " s";

    protected static string T(long ms) => Scenarios.ScenarioTime.Format(ms);
}
