// expect: CS1061
// Array implements ICollection.Count explicitly: no public Count.
class Probe { int M(int[] a) { return a.Count; } }
