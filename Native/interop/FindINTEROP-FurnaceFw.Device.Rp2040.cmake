#
# nf-interpreter interop module for the FurnaceFw.Device.Rp2040 assembly.
# Copy to nf-interpreter/CMake/Modules/ (or add this folder to the module
# path) and set FURNACE_NATIVE_DIR to this repository's Native/ folder.
# Used when the image is configured with
#   -DNF_INTEROP_ASSEMBLIES="FurnaceFw.Device.Rp2040"
#

if(NOT FURNACE_NATIVE_DIR)
    message(FATAL_ERROR "Set FURNACE_NATIVE_DIR to <FurnaceFw repo>/Native")
endif()

list(APPEND FurnaceFw.Device.Rp2040_INCLUDE_DIRS ${PROJECT_SOURCE_DIR}/src/CLR/Core)
list(APPEND FurnaceFw.Device.Rp2040_INCLUDE_DIRS ${PROJECT_SOURCE_DIR}/src/CLR/Include)
list(APPEND FurnaceFw.Device.Rp2040_INCLUDE_DIRS ${PROJECT_SOURCE_DIR}/src/HAL/Include)
list(APPEND FurnaceFw.Device.Rp2040_INCLUDE_DIRS ${PROJECT_SOURCE_DIR}/src/PAL/Include)
list(APPEND FurnaceFw.Device.Rp2040_INCLUDE_DIRS ${FURNACE_NATIVE_DIR}/interop)
list(APPEND FurnaceFw.Device.Rp2040_INCLUDE_DIRS ${FURNACE_NATIVE_DIR}/src)

set(FurnaceFw.Device.Rp2040_SOURCES
    # CLR glue (generated table + hand-written stub bodies)
    ${FURNACE_NATIVE_DIR}/interop/FurnaceFw_Device_Rp2040.cpp
    ${FURNACE_NATIVE_DIR}/interop/FurnaceFw_Device_Rp2040_FurnaceFw_Device_Rp2040_NativeWatchdog.cpp
    ${FURNACE_NATIVE_DIR}/interop/FurnaceFw_Device_Rp2040_FurnaceFw_Device_Rp2040_NativeI2cTarget.cpp
    ${FURNACE_NATIVE_DIR}/interop/furnace_i2c_irq_chibios.c
    # the host-tested library
    ${FURNACE_NATIVE_DIR}/src/clr_watchdog_override.c
    ${FURNACE_NATIVE_DIR}/src/critical_section_cortexm.c
    ${FURNACE_NATIVE_DIR}/src/furnace_i2c.c
    ${FURNACE_NATIVE_DIR}/src/i2c_register_bank.c
    ${FURNACE_NATIVE_DIR}/src/i2c_target_rp2040.c
    ${FURNACE_NATIVE_DIR}/src/i2c_target_sm.c
    ${FURNACE_NATIVE_DIR}/src/i2c_write_ring.c
    ${FURNACE_NATIVE_DIR}/src/reg_access_mmio.c
    ${FURNACE_NATIVE_DIR}/src/watchdog.c
)

include(FindPackageHandleStandardArgs)
FIND_PACKAGE_HANDLE_STANDARD_ARGS(FurnaceFw.Device.Rp2040 DEFAULT_MSG
    FurnaceFw.Device.Rp2040_INCLUDE_DIRS FurnaceFw.Device.Rp2040_SOURCES)
