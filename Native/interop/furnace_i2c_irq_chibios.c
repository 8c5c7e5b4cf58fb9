/*
 * ChibiOS glue for the I2C target interrupt (PICO_RP2040_W image only; not
 * part of the host build nor of `build.sh cross`, it needs <hal.h>).
 *
 * The ChibiOS RP I2C driver owns the I2C0/I2C1 vectors when
 * RP_I2C_USE_I2Cx is TRUE (it is TRUE for both blocks in the upstream
 * targets/ChibiOS/PICO_RP2040_W/nanoCLR/mcuconf.h): the block used as a
 * target must be set to FALSE there, or the vector below collides at link.
 * Vector names follow ChibiOS' "Vector<offset>" convention: offset =
 * 0x40 + 4 * IRQ; I2C0_IRQ = 23 -> Vector9C, I2C1_IRQ = 24 -> VectorA0
 * (RP2040 datasheet §2.3.2). Not verified against a firmware build.
 */
#include <hal.h>

#include "furnace_i2c.h"
#include "rp2040_regs_i2c.h"

#ifndef FURNACE_I2C_TARGET_INDEX
#define FURNACE_I2C_TARGET_INDEX 1
#endif

#if (FURNACE_I2C_TARGET_INDEX == 0) && (RP_I2C_USE_I2C0 == TRUE)
#error "Set RP_I2C_USE_I2C0 FALSE in mcuconf.h to use I2C0 as the furnace I2C target"
#endif
#if (FURNACE_I2C_TARGET_INDEX == 1) && (RP_I2C_USE_I2C1 == TRUE)
#error "Set RP_I2C_USE_I2C1 FALSE in mcuconf.h to use I2C1 as the furnace I2C target"
#endif

/* Same priority class as the ChibiOS drivers; the ISR calls no OS API. */
#define FURNACE_I2C_IRQ_PRIORITY 2

void furnace_i2c_irq_enable(int32_t i2c_index)
{
    if (i2c_index == FURNACE_I2C_TARGET_INDEX)
    {
        nvicEnableVector(FURNACE_I2C_TARGET_INDEX == 0 ? I2C0_IRQ : I2C1_IRQ, FURNACE_I2C_IRQ_PRIORITY);
    }
}

void furnace_i2c_irq_disable(int32_t i2c_index)
{
    if (i2c_index == FURNACE_I2C_TARGET_INDEX)
    {
        nvicDisableVector(FURNACE_I2C_TARGET_INDEX == 0 ? I2C0_IRQ : I2C1_IRQ);
    }
}

#if FURNACE_I2C_TARGET_INDEX == 0
OSAL_IRQ_HANDLER(Vector9C)
#else
OSAL_IRQ_HANDLER(VectorA0)
#endif
{
    OSAL_IRQ_PROLOGUE();
    furnace_i2c_irq_handler();
    OSAL_IRQ_EPILOGUE();
}
