/*
 * Status codes shared by every Native/ module and by the managed wrappers
 * (FurnaceFw.Device.Rp2040.NativeWatchdog / NativeI2cTarget translate them).
 * wire-stable: the C# side switches on these numbers, never renumber.
 */
#ifndef FURNACE_STATUS_H
#define FURNACE_STATUS_H

#define FURNACE_OK 0
#define FURNACE_ERR_ARG (-1)   /* null pointer, bad length, bad address    */
#define FURNACE_ERR_RANGE (-2) /* value outside what the hardware can do  */
#define FURNACE_ERR_BUSY (-3)  /* retry later: resource latched by the ISR */
#define FURNACE_ERR_STATE (-4) /* call not valid in the current state      */
#define FURNACE_ERR_PIN (-5)   /* GPIO cannot carry that I2C signal        */

#endif
