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

        /// <summary>The problems in file order (insertion sort, stable); cross-key problems (line 0) come last.</summary>
        public ConfigProblem[] ToArray()
        {
            ConfigProblem[] result = new ConfigProblem[_problems.Count];
            for (int i = 0; i < result.Length; i++)
            {
                ConfigProblem problem = (ConfigProblem)_problems[i];
                int j = i;
                while (j > 0 && SortKey(result[j - 1]) > SortKey(problem))
                {
                    result[j] = result[j - 1];
                    j--;
                }

                result[j] = problem;
            }

            return result;
        }

        private static int SortKey(ConfigProblem problem) => problem.Line > 0 ? problem.Line : int.MaxValue;
    }
}
