// expect: CS1503
// ObjectDisposedException has (), (string) and (string, Exception): no (string objectName, string message).
class Probe { object M() { return new System.ObjectDisposedException("socket", "closed"); } }
