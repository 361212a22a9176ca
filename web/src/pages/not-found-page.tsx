import { PageHeading } from '../components/ui';
import { useDocumentTitle } from '../components/use-resource';
import { Link } from '../router';

export function NotFoundPage() {
  useDocumentTitle('Not found');
  return (
    <>
      <PageHeading>This page does not exist</PageHeading>
      <p>
        The address may be mistyped, or the record was removed. <Link to="/jobs">Go to your jobs</Link>.
      </p>
    </>
  );
}
