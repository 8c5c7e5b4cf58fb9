namespace FurnaceFw.AllocCheck.Tests.Samples;

// Code the checker must judge. Each method says what it expects; AllocCheckerTests walks them one by one.
#pragma warning disable CA1822, IDE0060, CS0649

public struct Pair
{
    public int A;
    public int B;
}

public enum Color
{
    Red,
    Green,
}

public interface IShape
{
    int Area();
}

public sealed class Square : IShape
{
    public string Name;

    // Reached only through the interface: the checker must resolve IShape.Area to this.
    public int Area()
    {
        Name = "square";
        return 4;
    }
}

public interface INothing
{
    void Run();
}

public sealed class Samples
{
    private Pair _pair;
    private Color _color;
    private int[] _values = new int[4];
    private object _sink;
    private IShape _shape = new Square();
    private INothing _nothing;

    public static int TakesStruct(Pair p) => p.A + p.B;

    /// <summary>Struct passed by value: the field load and the local are copies on nanoCLR.</summary>
    public int PassesStruct()
    {
        Pair copy = _pair;
        return TakesStruct(copy);
    }

    /// <summary>A struct local is allocated on every entry, even when only its fields are used.</summary>
    public int HasStructLocal(int x)
    {
        Pair local = default;
        local.A = x;
        local.B = x;
        return Sum(ref local);
    }

    public static int Sum(ref Pair p) => p.A + p.B;

    public string Literal() => "hello";

    public void Boxes(int value) => _sink = value;

    public string FrameworkCall(int value) => value.ToString();

    public long Ticks(TimeSpan span, DateTime when) => span.Ticks + when.Ticks;

    /// <summary>Primitives, enums, arrays of primitives: nothing allocates.</summary>
    public int Clean(int x)
    {
        Color c = _color;
        int sum = (int)c;
        for (int i = 0; i < _values.Length; i++)
        {
            sum += _values[i] * x;
        }

        return sum;
    }

    /// <summary>The only allocations are on the throwing path.</summary>
    public int ThrowsOnly(int x)
    {
        if (x < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(x), "must not be negative");
        }

        return x;
    }

    public void Catches()
    {
        try
        {
            _values[0] = 1;
        }
        catch (IndexOutOfRangeException)
        {
            _sink = "failed";
        }
    }

    public int ViaInterface() => _shape.Area();

    public void Unresolvable() => _nothing.Run();

    public void AllocatesInLoop()
    {
        for (int i = 0; i < 3; i++)
        {
            _sink = new object();
        }
    }

    public void CallsHelper() => Helper();

    public void Helper() => _sink = "helper";

    public int Abs(int x) => Math.Abs(x);
}
