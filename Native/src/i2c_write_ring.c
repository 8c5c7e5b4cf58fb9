#include "i2c_write_ring.h"

#include <string.h>

#include "critical_section.h"
#include "furnace_status.h"

void i2c_ring_init(i2c_write_ring_t *ring)
{
    memset(ring, 0, sizeof(*ring));
}

int i2c_ring_push(i2c_write_ring_t *ring, const uint8_t *bytes, uint8_t length)
{
    if (length == 0u || length > I2C_MAX_WRITE_LENGTH)
    {
        return FURNACE_ERR_ARG;
    }
    uint8_t head = ring->head;
    if ((uint8_t)(head - ring->tail) >= I2C_RING_ENTRIES)
    {
        return FURNACE_ERR_BUSY;
    }
    i2c_write_entry_t *entry = &ring->entries[head % I2C_RING_ENTRIES];
    memcpy(entry->bytes, bytes, length);
    entry->length = length;

    memory_barrier(); /* entry complete before the consumer can see it */
    ring->head = (uint8_t)(head + 1u);
    return FURNACE_OK;
}

int i2c_ring_take(i2c_write_ring_t *ring, uint8_t *buf, uint16_t cap)
{
    if (buf == 0)
    {
        return FURNACE_ERR_ARG;
    }
    uint8_t tail = ring->tail;
    if (tail == ring->head)
    {
        return 0;
    }
    memory_barrier(); /* read the entry only after seeing the new head */

    const i2c_write_entry_t *entry = &ring->entries[tail % I2C_RING_ENTRIES];
    uint8_t length = entry->length;
    if (cap < length)
    {
        return FURNACE_ERR_ARG;
    }
    memcpy(buf, entry->bytes, length);

    memory_barrier(); /* copy finished before the slot is handed back */
    ring->tail = (uint8_t)(tail + 1u);
    return (int)length;
}
