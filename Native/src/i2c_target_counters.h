/*
 * Error and traffic counters of the I2C target, readable by managed code
 * (NativeI2cTarget.ReadCounters). Every field is a 32-bit word written by
 * exactly one side (publish_busy by the thread, the rest by the ISR), so
 * each word is read whole; a snapshot across fields is taken under
 * critical_enter in furnace_i2c_read_counters.
 * wire-stable: the index enum is mirrored in NativeI2cTarget.cs.
 */
#ifndef FURNACE_I2C_TARGET_COUNTERS_H
#define FURNACE_I2C_TARGET_COUNTERS_H

#include <stdint.h>

typedef enum
{
    I2C_COUNTER_WRITES_QUEUED = 0,      /* writes accepted into the ring       */
    I2C_COUNTER_READS_COMPLETED = 1,    /* read transfers closed by STOP       */
    I2C_COUNTER_UNKNOWN_READS = 2,      /* bytes served as 0xEE                */
    I2C_COUNTER_OVERFLOW_RING_FULL = 3, /* write dropped: ring full            */
    I2C_COUNTER_OVERFLOW_TOO_LONG = 4,  /* write dropped: > 32 data bytes      */
    I2C_COUNTER_BUS_ERRORS = 5,         /* TX_ABRT / RX_OVER events            */
    I2C_COUNTER_ABORTED_TRANSFERS = 6,  /* transfer cut before a clean STOP    */
    I2C_COUNTER_PUBLISH_BUSY = 7,       /* publish refused: back image latched */
    I2C_COUNTER_COUNT = 8
} i2c_counter_index_t;

typedef struct
{
    volatile uint32_t value[I2C_COUNTER_COUNT];
} i2c_target_counters_t;

#endif
