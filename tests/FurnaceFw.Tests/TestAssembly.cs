using Microsoft.VisualStudio.TestTools.UnitTesting;

// Test classes run in parallel; tests inside a class run in order. Timing tests use generous margins.
[assembly: Parallelize(Workers = 0, Scope = ExecutionScope.ClassLevel)]
