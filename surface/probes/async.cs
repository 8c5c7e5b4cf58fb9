// expect: CS0234
// No Task, no async/await on the stable line.
class Probe { async System.Threading.Tasks.Task M() { await System.Threading.Tasks.Task.Delay(1); } }
