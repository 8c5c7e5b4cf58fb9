using Microsoft.VisualStudio.TestTools.UnitTesting;

// One class's on-device tests share an instance and [Setup] state, as on the board: run them one at a time.
[assembly: DoNotParallelize]
