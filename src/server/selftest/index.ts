// The selftest feature's public face (server): other features import only this file.
export { runSelfTest, runSelfTestLater, SELF_TEST_TAB, type SelfTestRow } from './run';
