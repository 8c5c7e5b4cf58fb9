// expect: CS0117
class Probe { object _gate = new object(); bool M() { return System.Threading.Monitor.TryEnter(_gate); } }
