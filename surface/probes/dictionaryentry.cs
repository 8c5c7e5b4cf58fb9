// expect: CS0234
// DictionaryEntry (and Hashtable) live in nanoFramework.System.Collections, which no device project pins.
class Probe { System.Collections.DictionaryEntry _e; }
