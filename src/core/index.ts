/**
 * The host-independent core of 绩效自评助手, for other programs: `import { execRateScore } from "jixiao-addin"`.
 * Everything here is pure TypeScript with no Office, DOM or Node imports.
 */
export * from "./errors";
export * from "./numbers";
export * from "./round";
export * from "./address";
export * from "./bands";
export * from "./rules";
export * from "./ruleText";
