// expect: CS0117
// No DateTime.Now (no time zones); the firmware uses IMonotonicClock anyway.
class Probe { System.DateTime M() { return System.DateTime.Now; } }
