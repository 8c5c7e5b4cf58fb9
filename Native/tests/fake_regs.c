#include "fake_regs.h"

#include <string.h>

#include "reg_access.h"
#include "rp2040_regs_i2c.h"
#include "rp2040_regs_io.h"
#include "rp2040_regs_watchdog.h"

#define MAX_REGS 256
#define MAX_FIFO 64

typedef struct
{
    uint32_t address;
    uint32_t value;
    unsigned reads;
    unsigned writes;
} fake_reg_t;

typedef struct
{
    uint32_t rx[MAX_FIFO];
    unsigned rx_head;
    unsigned rx_tail;
    uint8_t tx[MAX_FIFO * 8];
    unsigned tx_count;
} fake_i2c_t;

static fake_reg_t s_regs[MAX_REGS];
static unsigned s_reg_count;
static fake_i2c_t s_i2c[2];

static fake_reg_t *slot(uint32_t address)
{
    for (unsigned i = 0; i < s_reg_count; i++)
    {
        if (s_regs[i].address == address)
        {
            return &s_regs[i];
        }
    }
    if (s_reg_count == MAX_REGS)
    {
        return &s_regs[MAX_REGS - 1]; /* tests never get here */
    }
    fake_reg_t *reg = &s_regs[s_reg_count++];
    memset(reg, 0, sizeof(*reg));
    reg->address = address;
    return reg;
}

static int i2c_index_of(uint32_t address)
{
    if ((address & ~0xFFFu) == I2C0_BASE)
        return 0;
    if ((address & ~0xFFFu) == I2C1_BASE)
        return 1;
    return -1;
}

void fake_regs_power_on(void)
{
    memset(s_regs, 0, sizeof(s_regs));
    s_reg_count = 0;
    memset(s_i2c, 0, sizeof(s_i2c));
}

void fake_regs_watchdog_reset(uint32_t reason_bits)
{
    uint32_t scratch[8];
    for (unsigned n = 0; n < 8; n++)
    {
        scratch[n] = fake_regs_peek(WATCHDOG_SCRATCH(n));
    }
    fake_regs_power_on();
    for (unsigned n = 0; n < 8; n++)
    {
        fake_regs_poke(WATCHDOG_SCRATCH(n), scratch[n]);
    }
    fake_regs_poke(WATCHDOG_REASON, reason_bits);
}

void fake_regs_poke(uint32_t address, uint32_t value)
{
    slot(address)->value = value;
}

uint32_t fake_regs_peek(uint32_t address)
{
    return slot(address)->value;
}

unsigned fake_regs_read_count(uint32_t address)
{
    return slot(address)->reads;
}

unsigned fake_regs_write_count(uint32_t address)
{
    return slot(address)->writes;
}

void fake_i2c_push_rx(uint32_t base, uint32_t data_cmd_value)
{
    fake_i2c_t *i2c = &s_i2c[i2c_index_of(base)];
    i2c->rx[i2c->rx_tail++ % MAX_FIFO] = data_cmd_value;
}

unsigned fake_i2c_rx_pending(uint32_t base)
{
    fake_i2c_t *i2c = &s_i2c[i2c_index_of(base)];
    return i2c->rx_tail - i2c->rx_head;
}

unsigned fake_i2c_tx_count(uint32_t base)
{
    return s_i2c[i2c_index_of(base)].tx_count;
}

uint8_t fake_i2c_tx_byte(uint32_t base, unsigned index)
{
    return s_i2c[i2c_index_of(base)].tx[index];
}

/* Reading IC_CLR_x clears interrupt bit x in IC_INTR_STAT (§4.3.17). */
static void i2c_clear_on_read(uint32_t base, uint32_t offset)
{
    uint32_t bit = 0;
    switch (offset)
    {
        case IC_CLR_RX_OVER: bit = IC_INTR_RX_OVER; break;
        case IC_CLR_RD_REQ: bit = IC_INTR_RD_REQ; break;
        case IC_CLR_TX_ABRT: bit = IC_INTR_TX_ABRT; break;
        case IC_CLR_STOP_DET: bit = IC_INTR_STOP_DET; break;
        case IC_CLR_START_DET: bit = IC_INTR_START_DET; break;
        case IC_CLR_RESTART_DET: bit = IC_INTR_RESTART_DET; break;
        case IC_CLR_INTR: bit = 0xFFFFFFFFu & ~IC_INTR_RX_FULL; break;
        default: return;
    }
    fake_reg_t *stat = slot(base + IC_INTR_STAT);
    stat->value &= ~bit;
}

uint32_t reg_read32(uint32_t address)
{
    fake_reg_t *reg = slot(address);
    reg->reads++;

    int index = i2c_index_of(address);
    if (index >= 0)
    {
        uint32_t base = address & ~0xFFFu;
        uint32_t offset = address & 0xFFFu;
        fake_i2c_t *i2c = &s_i2c[index];
        if (offset == IC_DATA_CMD)
        {
            if (i2c->rx_head == i2c->rx_tail)
            {
                return 0; /* RX_UNDER in hardware */
            }
            uint32_t value = i2c->rx[i2c->rx_head++ % MAX_FIFO];
            if (i2c->rx_head == i2c->rx_tail)
            {
                slot(base + IC_INTR_STAT)->value &= ~IC_INTR_RX_FULL;
            }
            return value;
        }
        if (offset == IC_STATUS)
        {
            return (i2c->rx_head != i2c->rx_tail) ? IC_STATUS_RFNE : 0u;
        }
        i2c_clear_on_read(base, offset);
    }
    if (address == RESETS_RESET_DONE)
    {
        return ~slot(RESETS_RESET)->value;
    }
    return reg->value;
}

void reg_write32(uint32_t address, uint32_t value)
{
    uint32_t alias = 0;
    if (address >= 0x40000000u && address < 0x60000000u)
    {
        alias = address & 0x3000u;
        address &= ~0x3000u;
    }
    fake_reg_t *reg = slot(address);
    reg->writes++;

    int index = i2c_index_of(address);
    if (index >= 0 && (address & 0xFFFu) == IC_DATA_CMD)
    {
        fake_i2c_t *i2c = &s_i2c[index];
        i2c->tx[i2c->tx_count++] = (uint8_t)value;
        return;
    }
    if (address == WATCHDOG_TICK && (value & WATCHDOG_TICK_ENABLE) != 0u)
    {
        value |= WATCHDOG_TICK_RUNNING;
    }

    switch (alias)
    {
        case REG_ALIAS_XOR_OFFSET: reg->value ^= value; break;
        case REG_ALIAS_SET_OFFSET: reg->value |= value; break;
        case REG_ALIAS_CLR_OFFSET: reg->value &= ~value; break;
        default: reg->value = value; break;
    }
}
