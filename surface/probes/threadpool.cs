// expect: CS0234
class Probe { void M() { System.Threading.ThreadPool.QueueUserWorkItem(null); } }
