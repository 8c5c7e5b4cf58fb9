// expect: CS0234
// There is no System.Linq assembly for nanoFramework.
using System.Linq;
class Probe { int M(int[] a) { return a.Where(x => x > 0).Count(); } }
