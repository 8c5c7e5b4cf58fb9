namespace FurnaceFw.Sim { static class Program { static int Main(string[] a) { return 0; } } }
