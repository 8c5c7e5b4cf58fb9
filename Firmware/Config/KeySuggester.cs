namespace FurnaceFw.Firmware.Config
{
    /// <summary>Finds the known key an unknown one was probably meant to be ("did you mean ...").</summary>
    public static class KeySuggester
    {
        /// <summary>The closest known key, or null when none is close enough to be a likely typo.</summary>
        public static string Closest(string unknown)
        {
            string best = null;
            int bestDistance = int.MaxValue;
            for (int i = 0; i < SettingsTable.All.Length + ConfigKeys.Others.Length; i++)
            {
                string candidate = i < SettingsTable.All.Length ? SettingsTable.All[i].Key : ConfigKeys.Others[i - SettingsTable.All.Length];
                int distance = SameName(unknown, candidate) ? 1 : Distance(unknown, candidate);
                if (distance < bestDistance)
                {
                    bestDistance = distance;
                    best = candidate;
                }
            }

            // A third of the key's length in edits, at least 2: catches typos and a wrong section, not unrelated words.
            int allowed = unknown.Length / 3;
            if (allowed < 2)
            {
                allowed = 2;
            }

            return bestDistance <= allowed ? best : null;
        }

        /// <summary>True when the part after the last '.' matches: the right name in the wrong section.</summary>
        private static bool SameName(string a, string b)
        {
            string nameA = a.Substring(a.LastIndexOf('.') + 1);
            string nameB = b.Substring(b.LastIndexOf('.') + 1);
            return nameA.Length > 0 && nameA == nameB;
        }

        /// <summary>Levenshtein distance with two rows (config load only; never on a hot path).</summary>
        public static int Distance(string a, string b)
        {
            int[] previous = new int[b.Length + 1];
            int[] current = new int[b.Length + 1];
            for (int j = 0; j <= b.Length; j++)
            {
                previous[j] = j;
            }

            for (int i = 1; i <= a.Length; i++)
            {
                current[0] = i;
                for (int j = 1; j <= b.Length; j++)
                {
                    int substitute = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                    int delete = previous[j] + 1;
                    int insert = current[j - 1] + 1;
                    int best = substitute < delete ? substitute : delete;
                    current[j] = best < insert ? best : insert;
                }

                int[] swap = previous;
                previous = current;
                current = swap;
            }

            return previous[b.Length];
        }
    }
}
