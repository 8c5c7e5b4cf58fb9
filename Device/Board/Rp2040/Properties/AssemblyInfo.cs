using System.Reflection;

// Must equal { 1, 0, 0, 0 } in Native/interop/FurnaceFw_Device_Rp2040.cpp: the CLR binds this assembly's
// InternalCalls only when the native version and the method-table checksum match (docs/native-interop.md).
[assembly: AssemblyNativeVersion("1.0.0.0")]
