// Runs in: main process / Node. What other code uses from the demo generator.
export { demoSettings, generateDemo, type DemoCounts, type DemoOptions } from './generate';
export { demoSizes, type DemoSize } from './sizes';
