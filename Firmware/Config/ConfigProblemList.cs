using System.Collections;

namespace FurnaceFw.Firmware.Config
{
    /// <summary>Collects parse problems, bounded so a garbage file cannot exhaust the heap.</summary>
    public sealed class ConfigProblemList
    {
        public const int MaxProblems = 20;

        private readonly ArrayList _problems = new ArrayList();

        public int Count => _problems.Count;

        /// <summary>Adds a problem; <paramref name="message"/> is what is wrong with the key's value.</summary>
        public void Add(int line, string key, string message)
        {
            if (_problems.Count < MaxProblems)
            {
                _problems.Add(new ConfigProblem(line, key, key.Length > 0 ? key + ": " + message : message));
            }
        }

        public ConfigProblem[] ToArray()
        {
            ConfigProblem[] result = new ConfigProblem[_problems.Count];
            for (int i = 0; i < result.Length; i++)
            {
                result[i] = (ConfigProblem)_problems[i];
            }

            return result;
        }
    }
}
