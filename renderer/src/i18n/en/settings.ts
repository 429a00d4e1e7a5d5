// Runs in: renderer. en texts of the settings feature.
export const settings = {};
