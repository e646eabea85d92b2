"""Two steps of slovnet's models with fewer NumPy calls and the same numbers.

The three taggers run these on every batch, and their cost was NumPy's call overhead, not
arithmetic (the lookup and ``np.pad`` were a seventh of Natasha's time on 400 news files, by
py-spy's samples):

* the word embedding: navec stores a word as 100 indexes into 100 tables of 256 codes; slovnet
  gathers them with a broadcast two-array index (``codes[qdims, indexes]``), NumPy's slow path;
  ``FlatNavecLookup`` reads the same codes as rows of the flattened tables (``take``);
* the padding of a convolution's input: ``np.pad`` (tens of microseconds of argument handling a
  call) becomes a zero array with the input copied into its middle;
* the rectifier after each convolution: ``np.maximum`` in place of ``clip`` (NumPy's ``clip``
  goes through Python-level argument checks);
* the batch normalisation after it: the same four operations in the same order, written into
  one array instead of a new one for each.

All give bit-for-bit the arrays slovnet's own give (copies and gathers, and the same float32
operations in the same order), so the tags are the same; ``tests/test_slovnet_ops.py`` compares
them. ``lighten(model)`` puts them in place of the originals on one loaded model (its own
attributes: the model's ``__call__`` reads ``self.emb.word``, ``layer.conv``, ``layer.relu`` and
``layer.norm``).
"""

from __future__ import annotations

import numpy as np


class FlatNavecLookup:
    """slovnet's ``NavecEmbedding`` (ids → vectors) reading the codes as rows of one flat table."""

    def __init__(self, emb) -> None:  # noqa: ANN001 - slovnet's NavecEmbedding
        codes = emb.codes.array  # qdim × centroids × chunk
        qdim, centroids, chunk = codes.shape
        self.indexes = emb.indexes.array  # word × qdim, the centroid of each part
        self.rows = np.ascontiguousarray(codes).reshape(qdim * centroids, chunk)
        self.offsets = np.arange(qdim, dtype=np.intp) * centroids  # the first row of each part's table
        self.dim = qdim * chunk

    def __call__(self, ids: np.ndarray) -> np.ndarray:
        rows = self.indexes[ids.ravel()].astype(np.intp)
        rows += self.offsets
        return self.rows.take(rows, axis=0).reshape(*ids.shape, self.dim)


class PaddedConv:
    """slovnet's ``Conv1d`` (batch × in × sequence → batch × filters × windows) padding its input
    by copying it into zeros instead of ``np.pad``."""

    def __init__(self, conv) -> None:  # noqa: ANN001 - slovnet's Conv1d
        self.weight, self.bias, self.padding = conv.weight, conv.bias, conv.padding

    def __call__(self, input: np.ndarray) -> np.ndarray:
        batch_size, in_dim, length = input.shape
        p = self.padding
        padded = np.zeros((batch_size, in_dim, length + 2 * p), dtype=input.dtype)
        padded[:, :, p:p + length] = input
        # from here on slovnet's own Conv1d.__call__
        batch_stride, in_stride, seq_stride = padded.strides
        unit_stride = padded.data.itemsize
        filters_count, in_dim, kernel_size = self.weight.shape
        windows_count = padded.shape[2] - kernel_size + 1
        windows = np.ndarray((batch_size, windows_count, in_dim, kernel_size), dtype=padded.dtype,
                             buffer=padded.data, strides=(batch_stride, unit_stride, in_stride, seq_stride))
        windows = windows.reshape(batch_size * windows_count, in_dim * kernel_size)
        weight = self.weight.array.reshape(filters_count, in_dim * kernel_size)
        output = np.matmul(windows, weight.T) + self.bias.array
        output = output.reshape(batch_size, windows_count, filters_count)
        return output.swapaxes(2, 1)


def relu(input: np.ndarray) -> np.ndarray:
    """slovnet's ``ReLU``: ``input.clip(0)``, the same values (a negative zero and NaN kept as
    ``clip`` keeps them)."""
    return np.maximum(input, 0)


class InPlaceNorm:
    """slovnet's ``BatchNorm1d`` (batch × channels × length): ``(x - mean) / std * weight + bias``
    over the channels, each step written into the first step's array."""

    def __init__(self, norm) -> None:  # noqa: ANN001 - slovnet's BatchNorm1d
        self.mean, self.std = norm.mean.array, norm.std.array
        self.weight, self.bias = norm.weight.array, norm.bias.array

    def __call__(self, input: np.ndarray) -> np.ndarray:
        x = np.subtract(input.swapaxes(2, 1), self.mean)
        x /= self.std
        x *= self.weight
        x += self.bias
        return x.swapaxes(2, 1)


def lighten(model) -> None:  # noqa: ANN001 - a slovnet tagger's model (Morph, NER, Syntax)
    """The embedding lookup and the encoder layers' steps of ``model`` replaced by the lean ones."""
    model.emb.word = FlatNavecLookup(model.emb.word)
    for layer in model.encoder.layers:
        layer.conv = PaddedConv(layer.conv)
        layer.relu = relu
        layer.norm = InPlaceNorm(layer.norm)
