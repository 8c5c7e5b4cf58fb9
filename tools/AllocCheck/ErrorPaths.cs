using System.Collections.Generic;
using Mono.Cecil.Cil;

namespace FurnaceFw.AllocCheck;

/// <summary>
/// Per instruction of one method body: is it only on an error path, and can it run more than once per call?
/// <para>Error path: inside a catch or filter handler, or in a basic block from which every path ends in
/// <c>throw</c>/<c>rethrow</c> (an exception already allocated there). Loop: between a backward branch and its
/// target.</para>
/// </summary>
public sealed class ErrorPaths
{
    private readonly Dictionary<Instruction, bool> _error = new();
    private readonly Dictionary<Instruction, bool> _loop = new();

    public ErrorPaths(MethodBody body)
    {
        IList<Instruction> code = body.Instructions;
        var blockOf = new Dictionary<Instruction, int>();
        var starts = new List<int>();
        var leaders = new HashSet<Instruction> { code[0] };
        foreach (Instruction i in code)
        {
            foreach (Instruction target in Targets(i))
            {
                leaders.Add(target);
            }

            if (EndsBlock(i) && i.Next != null)
            {
                leaders.Add(i.Next);
            }
        }

        foreach (ExceptionHandler h in body.ExceptionHandlers)
        {
            leaders.Add(h.HandlerStart);
            leaders.Add(h.TryStart);
            if (h.FilterStart != null)
            {
                leaders.Add(h.FilterStart);
            }
        }

        for (int index = 0; index < code.Count; index++)
        {
            if (leaders.Contains(code[index]))
            {
                starts.Add(index);
            }

            blockOf[code[index]] = starts.Count - 1;
        }

        int blocks = starts.Count;
        var last = new Instruction[blocks];
        for (int b = 0; b < blocks; b++)
        {
            int end = b + 1 < blocks ? starts[b + 1] - 1 : code.Count - 1;
            last[b] = code[end];
        }

        // Least fixed point: a block throws when it ends in throw, or when it has successors and all of them throw.
        var throws = new bool[blocks];
        bool changed = true;
        while (changed)
        {
            changed = false;
            for (int b = 0; b < blocks; b++)
            {
                if (throws[b])
                {
                    continue;
                }

                Instruction end = last[b];
                bool result;
                if (end.OpCode.Code is Code.Throw or Code.Rethrow)
                {
                    result = true;
                }
                else
                {
                    var successors = new List<int>();
                    foreach (Instruction t in Targets(end))
                    {
                        successors.Add(blockOf[t]);
                    }

                    if (FallsThrough(end) && end.Next != null)
                    {
                        successors.Add(blockOf[end.Next]);
                    }

                    result = successors.Count > 0 && successors.TrueForAll(s => throws[s]);
                }

                if (result)
                {
                    throws[b] = true;
                    changed = true;
                }
            }
        }

        foreach (Instruction i in code)
        {
            bool inHandler = false;
            foreach (ExceptionHandler h in body.ExceptionHandlers)
            {
                bool catchLike = h.HandlerType is ExceptionHandlerType.Catch or ExceptionHandlerType.Filter;
                if (catchLike && Within(i, h.HandlerStart, h.HandlerEnd))
                {
                    inHandler = true;
                }

                if (h.FilterStart != null && Within(i, h.FilterStart, h.HandlerStart))
                {
                    inHandler = true;
                }
            }

            _error[i] = inHandler || throws[blockOf[i]];
            _loop[i] = false;
        }

        foreach (Instruction branch in code)
        {
            foreach (Instruction target in Targets(branch))
            {
                if (target.Offset <= branch.Offset)
                {
                    foreach (Instruction i in code)
                    {
                        if (i.Offset >= target.Offset && i.Offset <= branch.Offset)
                        {
                            _loop[i] = true;
                        }
                    }
                }
            }
        }
    }

    public bool IsError(Instruction i) => _error[i];

    public bool IsInLoop(Instruction i) => _loop[i];

    private static bool Within(Instruction i, Instruction start, Instruction end) =>
        i.Offset >= start.Offset && (end == null || i.Offset < end.Offset);

    private static IEnumerable<Instruction> Targets(Instruction i)
    {
        if (i.Operand is Instruction single)
        {
            yield return single;
        }
        else if (i.Operand is Instruction[] many)
        {
            foreach (Instruction t in many)
            {
                yield return t;
            }
        }
    }

    private static bool EndsBlock(Instruction i) =>
        i.OpCode.FlowControl is FlowControl.Branch or FlowControl.Cond_Branch or FlowControl.Return or FlowControl.Throw
        || i.OpCode.Code is Code.Leave or Code.Leave_S or Code.Endfinally or Code.Endfilter;

    private static bool FallsThrough(Instruction i) =>
        i.OpCode.FlowControl is not (FlowControl.Branch or FlowControl.Return or FlowControl.Throw)
        && i.OpCode.Code is not (Code.Leave or Code.Leave_S or Code.Endfinally or Code.Endfilter);
}
