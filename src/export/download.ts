/**
 * Saves a Blob or text as a file through a temporary link: the one export piece that touches
 * the DOM. The object URL is revoked once the browser has had time to start the download.
 */
export function download(
  content: Blob | string,
  fileName: string,
  type = 'application/octet-stream',
) {
  const blob = typeof content === 'string' ? new Blob([content], { type }) : content;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
