// Runs in: renderer. en texts of the visits feature.
export const visits = {};
