#include "i2c_target_sm.h"

#include <string.h>

#include "furnace_status.h"

static void count(i2c_target_sm_t *sm, i2c_counter_index_t index)
{
    sm->counters->value[index]++;
}

static int staged_write_has_data(const i2c_target_sm_t *sm)
{
    return sm->phase == I2C_PHASE_WRITE_DATA && sm->staged_length > 1u;
}

/* A write carrying data ended without STOP: its data is not delivered. */
static void drop_staged_write_as_aborted(i2c_target_sm_t *sm)
{
    if (staged_write_has_data(sm))
    {
        count(sm, I2C_COUNTER_ABORTED_TRANSFERS);
    }
    sm->staged_length = 0u;
    sm->staged_too_long = 0u;
}

static void end_transfer(i2c_target_sm_t *sm)
{
    i2c_bank_release(sm->bank);
    sm->read_seen = 0u;
    sm->read_aborted = 0u;
    sm->staged_length = 0u;
    sm->staged_too_long = 0u;
    sm->phase = I2C_PHASE_IDLE;
}

static void on_address_match_write(i2c_target_sm_t *sm)
{
    if (sm->phase == I2C_PHASE_READ)
    {
        /* Read -> write with no RESTART/STOP seen: a boundary was missed;
         * treat the read as cut and start a fresh transfer. */
        count(sm, I2C_COUNTER_ABORTED_TRANSFERS);
        end_transfer(sm);
    }
    drop_staged_write_as_aborted(sm);
    sm->phase = I2C_PHASE_WRITE_POINTER;
}

static void on_rx_byte(i2c_target_sm_t *sm, uint8_t value)
{
    switch (sm->phase)
    {
        case I2C_PHASE_IDLE:
        case I2C_PHASE_READ:
            /* Adapter gave no address-match hint: infer it. */
            on_address_match_write(sm);
            sm->pointer = value;
            sm->staged[0] = value;
            sm->staged_length = 1u;
            sm->phase = I2C_PHASE_WRITE_DATA;
            break;
        case I2C_PHASE_WRITE_POINTER:
            sm->pointer = value;
            sm->staged[0] = value;
            sm->staged_length = 1u;
            sm->phase = I2C_PHASE_WRITE_DATA;
            break;
        case I2C_PHASE_WRITE_DATA:
            if (sm->staged_length < I2C_MAX_WRITE_LENGTH)
            {
                sm->staged[sm->staged_length++] = value;
            }
            else
            {
                sm->staged_too_long = 1u; /* keep ACKing; drop at STOP */
            }
            break;
        case I2C_PHASE_WRITE_DISCARD:
        default:
            break;
    }
}

static uint8_t on_read_request(i2c_target_sm_t *sm)
{
    if (sm->phase != I2C_PHASE_READ)
    {
        drop_staged_write_as_aborted(sm);
        if (sm->bank->latch_active == 0u)
        {
            /* First read of this transfer: freeze the image until STOP. */
            i2c_bank_latch(sm->bank);
        }
        sm->read_cursor = sm->pointer;
        sm->read_seen = 1u;
        sm->phase = I2C_PHASE_READ;
    }

    uint8_t value;
    if (sm->read_cursor >= I2C_BANK_SIZE || !i2c_bank_read_latched(sm->bank, sm->read_cursor, &value))
    {
        value = I2C_BANK_UNKNOWN_BYTE;
        count(sm, I2C_COUNTER_UNKNOWN_READS);
    }
    if (sm->read_cursor < I2C_BANK_SIZE)
    {
        sm->read_cursor++; /* stops at 0x100: no wrap back to register 0 */
    }
    return value;
}

static void on_restart(i2c_target_sm_t *sm)
{
    /* A pointer-only write followed by RESTART is the normal combined read;
     * a write that carried data must end with STOP to be delivered. The
     * bank latch is kept: the transfer goes on until STOP. */
    drop_staged_write_as_aborted(sm);
    sm->phase = I2C_PHASE_IDLE;
}

static void on_stop(i2c_target_sm_t *sm)
{
    if (staged_write_has_data(sm))
    {
        if (sm->staged_too_long)
        {
            count(sm, I2C_COUNTER_OVERFLOW_TOO_LONG);
        }
        else if (i2c_ring_push(sm->ring, sm->staged, sm->staged_length) != FURNACE_OK)
        {
            count(sm, I2C_COUNTER_OVERFLOW_RING_FULL);
        }
        else
        {
            count(sm, I2C_COUNTER_WRITES_QUEUED);
        }
    }
    if (sm->read_seen && !sm->read_aborted)
    {
        count(sm, I2C_COUNTER_READS_COMPLETED);
    }
    end_transfer(sm);
}

static void on_abort(i2c_target_sm_t *sm)
{
    count(sm, I2C_COUNTER_BUS_ERRORS);
    switch (sm->phase)
    {
        case I2C_PHASE_WRITE_POINTER:
        case I2C_PHASE_WRITE_DATA:
            drop_staged_write_as_aborted(sm);
            sm->phase = I2C_PHASE_WRITE_DISCARD;
            break;
        case I2C_PHASE_READ:
            /* Keep the latch: the host may keep clocking until STOP and must
             * still see one consistent image. Counted once per transfer. */
            if (!sm->read_aborted)
            {
                count(sm, I2C_COUNTER_ABORTED_TRANSFERS);
            }
            sm->read_aborted = 1u;
            break;
        default:
            break;
    }
}

void i2c_target_sm_init(i2c_target_sm_t *sm,
                        i2c_register_bank_t *bank,
                        i2c_write_ring_t *ring,
                        i2c_target_counters_t *counters)
{
    memset(sm, 0, sizeof(*sm));
    sm->bank = bank;
    sm->ring = ring;
    sm->counters = counters;
    sm->phase = I2C_PHASE_IDLE;
}

uint8_t i2c_target_sm_on_event(i2c_target_sm_t *sm, i2c_target_event_t event, uint8_t rx_byte)
{
    switch (event)
    {
        case I2C_EVENT_ADDRESS_MATCH_WRITE:
            on_address_match_write(sm);
            return 0u;
        case I2C_EVENT_RX_BYTE:
            on_rx_byte(sm, rx_byte);
            return 0u;
        case I2C_EVENT_READ_REQUEST:
            return on_read_request(sm);
        case I2C_EVENT_RESTART:
            on_restart(sm);
            return 0u;
        case I2C_EVENT_STOP:
            on_stop(sm);
            return 0u;
        case I2C_EVENT_ABORT:
            on_abort(sm);
            return 0u;
        default:
            return 0u;
    }
}
