"""Facts from documents: ``extract_document(doc) -> DocumentFacts``.

One module per fact type (``agreement``, ``meeting``, ``visit``, ``trade``, ``target``,
``institution``, ``transport``, ``role``), each a small set of named rules over ``Context``;
``pipeline`` lists the stages in order.
"""

from coopwatch.extract.pipeline import extract_document

__all__ = ["extract_document"]
