#pragma once

// How long a test waits, written once. Each is the upper bound of a bounded wait (QTRY_*,
// qWaitFor, a spy's wait), never an expectation: a passing test does not wait it out, and a
// loaded machine may take much longer than usual without failing.

namespace SockscopeTest {

constexpr int kWaitMs = 10000;        // what happens "at once" on 127.0.0.1: an event, an answer, a state
constexpr int kSlowWaitMs = 30000;    // a fault or a flood settling, a child program starting up
constexpr int kRunTimeoutMs = 15000;  // a whole short run of the `sockscope` binary
constexpr int kExitTimeoutMs = 5000;  // from "should exit now" to the exit

} // namespace SockscopeTest
