export default function PlaygroundPage({ token: _token }: { token: string | null }) {
  return <h1>GraphiQL</h1>;
}
