#pragma once

// The SQLCipher side's connection adapter for CaseWorkload.h: the project's own store::Database and
// store::Statement, as the repositories use them. Any error ends the benchmark.

#include "app/store/Database.h"

#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

namespace veldwerk::bench {

[[noreturn]] inline void dieCipher(const std::string &what)
{
    std::fprintf(stderr, "bench_caseload: %s\n", what.c_str());
    std::exit(1);
}

class CipherConnection {
public:
    explicit CipherConnection(store::Database &db)
        : m_db(db)
    {
    }

    class Query {
    public:
        explicit Query(store::Statement s)
            : m_s(std::move(s))
        {
        }
        void bind(int index, std::string_view text) { m_s.bind(index, text); }
        bool step()
        {
            auto row = m_s.step();
            if (!row)
                dieCipher("step: " + row.error().message);
            return *row;
        }
        int columns() const { return m_s.columnCount(); }
        int type(int column) const { return m_s.columnType(column); }
        std::int64_t integer(int column) const { return m_s.int64(column); }
        std::string text(int column) const { return m_s.text(column); }

    private:
        store::Statement m_s;
    };

    Query prepare(std::string_view sql)
    {
        auto s = m_db.prepare(sql);
        if (!s)
            dieCipher("prepare: " + s.error().message + " in " + std::string(sql.substr(0, 80)));
        return Query(std::move(s).value());
    }

    // The first column of the first row as text ("" when there is none).
    std::string text(std::string_view sql)
    {
        Query q = prepare(sql);
        return q.step() ? q.text(0) : std::string();
    }

    void exec(std::string_view sql)
    {
        if (auto r = m_db.exec(sql); !r)
            dieCipher("exec: " + r.error().message + " in " + std::string(sql.substr(0, 80)));
    }

private:
    store::Database &m_db;
};

} // namespace veldwerk::bench
