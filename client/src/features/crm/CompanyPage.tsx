
export function CompanyPage({ companyId }: { companyId: string }) {
  return <h1>CompanyPage</h1>;
}
