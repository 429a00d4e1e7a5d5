// Runs in: renderer. en texts of the trash feature.
export const trash = {};
