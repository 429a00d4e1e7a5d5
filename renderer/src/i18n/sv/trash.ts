// Runs in: renderer. sv texts of the trash feature.
export const trash = {};
