// JUnit XML as CI servers read it: a <testsuite> per suite file, a <testcase> per case (classname =
// the suite's name), <failure> naming the step, the request, the expected and the actual answer,
// <skipped> for skipped cases.
#include <cstdio>
#include <ctime>

#include "suite/reports.hpp"

namespace pcsim::suite {
namespace {

std::string escaped(const std::string& text) {
    std::string out;
    out.reserve(text.size());
    for (unsigned char c : text) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&apos;"; break;
            case '\n': out += "&#10;"; break;
            case '\t': out += "&#9;"; break;
            case '\r': break;
            default:
                if (c < 0x20) break;  // not allowed in XML 1.0
                out += char(c);
        }
    }
    return out;
}

// Element text as CDATA, so the failure reads in the raw file as on the terminal: quotes and
// braces of JSON excerpts stay as they are. Only what XML 1.0 cannot hold at all is dropped.
std::string cdata(const std::string& text) {
    std::string clean;
    clean.reserve(text.size());
    for (unsigned char c : text)
        if (c >= 0x20 || c == '\n' || c == '\t') clean += char(c);
    std::string out = "<![CDATA[";
    std::size_t start = 0;
    for (std::size_t end; (end = clean.find("]]>", start)) != std::string::npos; start = end + 3)
        out += clean.substr(start, end - start) + "]]]]><![CDATA[>";
    return out + clean.substr(start) + "]]>";
}

std::string seconds(std::chrono::microseconds elapsed) {
    char text[32];
    std::snprintf(text, sizeof text, "%.3f", double(elapsed.count()) / 1e6);
    return text;
}

std::string attribute(const char* name, const std::string& value) {
    return std::string(" ") + name + "=\"" + escaped(value) + "\"";
}

}  // namespace

std::string junitXml(const RunResult& run) {
    std::string xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    xml += "<testsuites" + attribute("name", "pcsim run") +
           attribute("tests", std::to_string(run.count(Verdict::passed) + run.count(Verdict::failed) +
                                             run.count(Verdict::skipped))) +
           attribute("failures", std::to_string(run.count(Verdict::failed))) + attribute("errors", "0") +
           attribute("skipped", std::to_string(run.count(Verdict::skipped))) + attribute("time", seconds(run.elapsed)) +
           ">\n";
    for (const auto& suite : run.suites) {
        int failures = 0, skipped = 0;
        std::chrono::microseconds time{0};
        for (const auto& c : suite.cases) {
            failures += c.verdict == Verdict::failed;
            skipped += c.verdict == Verdict::skipped;
            time += c.elapsed;
        }
        xml += "  <testsuite" + attribute("name", suite.name) + attribute("tests", std::to_string(suite.cases.size())) +
               attribute("failures", std::to_string(failures)) + attribute("errors", "0") +
               attribute("skipped", std::to_string(skipped)) + attribute("time", seconds(time)) +
               attribute("file", suite.file) + ">\n";
        xml += "    <properties>\n      <property" + attribute("name", "scenario") +
               attribute("value", suite.scenario) + "/>\n      <property" + attribute("name", "server") +
               attribute("value", run.server) + "/>\n";
        if (run.seed)
            xml +=
                "      <property" + attribute("name", "seed") + attribute("value", std::to_string(*run.seed)) + "/>\n";
        xml += "    </properties>\n";
        for (const auto& c : suite.cases) {
            xml += "    <testcase" + attribute("name", c.name) + attribute("classname", suite.name) +
                   attribute("time", seconds(c.elapsed)) + attribute("file", c.suiteFile) +
                   attribute("line", std::to_string(c.place.line));
            if (c.verdict == Verdict::passed) {
                xml += "/>\n";
                continue;
            }
            xml += ">\n";
            if (c.verdict == Verdict::skipped) {
                xml += "      <skipped" + attribute("message", c.skipReason.empty() ? "skip: true" : c.skipReason) +
                       "/>\n";
            } else {
                const StepRecord* step = c.failedStep();
                xml += "      <failure" + attribute("message", c.failureHeadline()) +
                       attribute("type", step ? step->kind : "setup") + ">" + cdata(failureDetails(c, "")) +
                       "</failure>\n";
                if (!c.bundle.empty())
                    xml += "      <system-out>" + cdata("bundle: " + c.bundle + "\nsandbox: " + c.sandbox) +
                           "</system-out>\n";
            }
            xml += "    </testcase>\n";
        }
        xml += "  </testsuite>\n";
    }
    xml += "</testsuites>\n";
    return xml;
}

}  // namespace pcsim::suite
