// expect: CS0234
// List<T> and every generic collection exist only on the 2.0 preview line.
class Probe { System.Collections.Generic.List<int> items = new System.Collections.Generic.List<int>(); }
