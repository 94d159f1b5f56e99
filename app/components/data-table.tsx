// A table of records with a heading per column, scrolling sideways on a narrow screen
// (the admin, audit, certificate, cohort and roster lists).
import type { ReactNode } from 'react'

export function DataTable({ headings, children }: { headings: ReactNode[]; children: ReactNode }) {
  return (
    <div className="table-scroll">
      <table>
        <thead>
          <tr>
            {headings.map((heading, i) => (
              <th key={i} scope="col">
                {heading}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  )
}
