namespace FurnaceFw.Firmware.Config
{
    /// <summary>
    /// Parses and validates nf.config (format in <see cref="NfConfigReader"/>; keys in <see cref="SettingsTable"/> and
    /// <see cref="ConfigKeys"/>). Every problem names its key and line; a bad value leaves that key at its default.
    /// The device and the Sim use this same parser.
    /// </summary>
    public static class NfConfigParser
    {
        /// <param name="text">The whole file.</param>
        /// <param name="defaultBoard">The board when the file has no "board" key.</param>
        /// <param name="boardIsFixed">True on a device: the firmware was built for <paramref name="defaultBoard"/>, so a
        /// file naming another board is an error (its pins would be wrong).</param>
        public static NfConfigResult Parse(string text, BoardKind defaultBoard, bool boardIsFixed)
        {
            ConfigProblemList problems = new ConfigProblemList();
            ConfigEntry[] entries = NfConfigReader.Read(text ?? string.Empty, problems);
            BoardKind board = ReadBoard(entries, defaultBoard, boardIsFixed, problems);
            DeviceConfiguration config = new DeviceConfiguration(board);

            for (int i = 0; i < entries.Length; i++)
            {
                ConfigEntry entry = entries[i];
                int setting = SettingsTable.IndexOf(entry.Key);
                if (setting >= 0)
                {
                    ApplySetting(config.Settings, setting, entry, problems);
                }
                else if (!ConfigEntryApplier.Apply(config, entry, problems))
                {
                    string suggestion = KeySuggester.Closest(entry.Key);
                    problems.Add(entry.Line, entry.Key,
                        suggestion != null ? "unknown key (did you mean " + suggestion + "?)" : "unknown key");
                }
            }

            string inconsistency = config.Settings.CheckConsistency();
            if (inconsistency != null)
            {
                problems.Add(0, string.Empty, inconsistency);
            }

            WiringCheck.Check(config, entries, problems);
            return new NfConfigResult(config, problems.ToArray());
        }

        /// <summary>Parses defaults only: what a device without nf.config runs.</summary>
        public static NfConfigResult Defaults(BoardKind board) => Parse(string.Empty, board, true);

        private static BoardKind ReadBoard(ConfigEntry[] entries, BoardKind defaultBoard, bool boardIsFixed, ConfigProblemList problems)
        {
            for (int i = 0; i < entries.Length; i++)
            {
                if (entries[i].Key != ConfigKeys.Board)
                {
                    continue;
                }

                BoardKind board;
                if (!BoardProfile.TryParse(entries[i].Value, out board))
                {
                    problems.Add(entries[i].Line, ConfigKeys.Board, "\"" + entries[i].Value + "\" is not a board (pico_w or esp32)");
                    return defaultBoard;
                }

                if (boardIsFixed && board != defaultBoard)
                {
                    problems.Add(entries[i].Line, ConfigKeys.Board,
                        BoardProfile.Name(board) + " does not match this firmware, built for " + BoardProfile.Name(defaultBoard));
                    return defaultBoard;
                }

                return board;
            }

            return defaultBoard;
        }

        private static void ApplySetting(FurnaceSettings settings, int setting, ConfigEntry entry, ConfigProblemList problems)
        {
            SettingDefinition definition = SettingsTable.All[setting];
            int value;
            if (!ConfigValue.TryParseInt(entry.Value, out value))
            {
                problems.Add(entry.Line, entry.Key, "\"" + entry.Value + "\" is not a whole number (" + definition.Unit + ")");
                return;
            }

            if (!definition.Accepts(value))
            {
                problems.Add(entry.Line, entry.Key,
                    value + " is outside " + definition.Min + ".." + definition.Max + " " + definition.Unit);
                return;
            }

            settings.Set(setting, value);
        }
    }
}
