export * from "./geography.js";
export * from "./facilities.js";
export * from "./patients.js";
export * from "./auth.js";
export * from "./audit.js";
export * from "./platform.js";
export * from "./appointments.js";
export * from "./approvals.js";
