
export function FileDownloadPage({ fileId }: { fileId: string }) {
  return <h1>FileDownloadPage</h1>;
}
