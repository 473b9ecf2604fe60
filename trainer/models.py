"""Multi-label CNNs of the ResNet and DenseNet families in plain torch (torchvision does not import beside the
local CPU torch). One input channel (uint8 grey images scaled to [0, 1]); one logit per finding."""

from __future__ import annotations

import torch
from torch import Tensor, nn


class BasicBlock(nn.Module):
    expansion = 1

    def __init__(self, cin: int, width: int, stride: int) -> None:
        super().__init__()
        cout = width * self.expansion
        self.conv1 = nn.Conv2d(cin, width, 3, stride, 1, bias=False)
        self.bn1 = nn.BatchNorm2d(width)
        self.conv2 = nn.Conv2d(width, cout, 3, 1, 1, bias=False)
        self.bn2 = nn.BatchNorm2d(cout)
        self.relu = nn.ReLU(inplace=True)
        self.down: nn.Module = nn.Identity()
        if stride != 1 or cin != cout:
            self.down = nn.Sequential(nn.Conv2d(cin, cout, 1, stride, bias=False), nn.BatchNorm2d(cout))

    def forward(self, x: Tensor) -> Tensor:
        out = self.relu(self.bn1(self.conv1(x)))
        out = self.bn2(self.conv2(out))
        res: Tensor = self.relu(out + self.down(x))
        return res


class Bottleneck(nn.Module):
    expansion = 4

    def __init__(self, cin: int, width: int, stride: int) -> None:
        super().__init__()
        cout = width * self.expansion
        self.conv1 = nn.Conv2d(cin, width, 1, bias=False)
        self.bn1 = nn.BatchNorm2d(width)
        self.conv2 = nn.Conv2d(width, width, 3, stride, 1, bias=False)
        self.bn2 = nn.BatchNorm2d(width)
        self.conv3 = nn.Conv2d(width, cout, 1, bias=False)
        self.bn3 = nn.BatchNorm2d(cout)
        self.relu = nn.ReLU(inplace=True)
        self.down: nn.Module = nn.Identity()
        if stride != 1 or cin != cout:
            self.down = nn.Sequential(nn.Conv2d(cin, cout, 1, stride, bias=False), nn.BatchNorm2d(cout))

    def forward(self, x: Tensor) -> Tensor:
        out = self.relu(self.bn1(self.conv1(x)))
        out = self.relu(self.bn2(self.conv2(out)))
        out = self.bn3(self.conv3(out))
        res: Tensor = self.relu(out + self.down(x))
        return res


class ResNet(nn.Module):
    def __init__(
        self,
        block: type[BasicBlock] | type[Bottleneck],
        layers: list[int],
        num_labels: int,
        *,
        width: int = 64,
        in_channels: int = 1,
        imagenet_stem: bool = True,
    ) -> None:
        super().__init__()
        if imagenet_stem:  # 7x7/2 + max-pool: for images of 224 px and more
            self.stem = nn.Sequential(
                nn.Conv2d(in_channels, width, 7, 2, 3, bias=False),
                nn.BatchNorm2d(width),
                nn.ReLU(inplace=True),
                nn.MaxPool2d(3, 2, 1),
            )
        else:  # 3x3/1: small images (32-128 px)
            self.stem = nn.Sequential(
                nn.Conv2d(in_channels, width, 3, 1, 1, bias=False), nn.BatchNorm2d(width), nn.ReLU(inplace=True)
            )
        stages: list[nn.Module] = []
        cin = width
        for i, n in enumerate(layers):
            w = width * 2**i
            blocks: list[nn.Module] = []
            for j in range(n):
                blocks.append(block(cin, w, 2 if (j == 0 and i > 0) else 1))
                cin = w * block.expansion
            stages.append(nn.Sequential(*blocks))
        self.stages = nn.Sequential(*stages)
        self.head = nn.Linear(cin, num_labels)
        for m in self.modules():
            if isinstance(m, nn.Conv2d):
                nn.init.kaiming_normal_(m.weight, mode="fan_out", nonlinearity="relu")
            elif isinstance(m, nn.BatchNorm2d):
                nn.init.ones_(m.weight)
                nn.init.zeros_(m.bias)

    def forward(self, x: Tensor) -> Tensor:
        x = self.stages(self.stem(x))
        out: Tensor = self.head(x.mean(dim=(2, 3)))  # global average pool; deterministic on CUDA too
        return out


class _DenseLayer(nn.Module):
    def __init__(self, cin: int, growth: int, bn_size: int = 4) -> None:
        super().__init__()
        self.body = nn.Sequential(
            nn.BatchNorm2d(cin),
            nn.ReLU(inplace=True),
            nn.Conv2d(cin, bn_size * growth, 1, bias=False),
            nn.BatchNorm2d(bn_size * growth),
            nn.ReLU(inplace=True),
            nn.Conv2d(bn_size * growth, growth, 3, 1, 1, bias=False),
        )

    def forward(self, x: Tensor) -> Tensor:
        new: Tensor = self.body(x)
        return torch.cat([x, new], 1)


class DenseNet(nn.Module):
    def __init__(
        self,
        blocks: list[int],
        num_labels: int,
        *,
        growth: int = 32,
        in_channels: int = 1,
        imagenet_stem: bool = True,
    ) -> None:
        super().__init__()
        c = 2 * growth
        if imagenet_stem:
            stem: list[nn.Module] = [
                nn.Conv2d(in_channels, c, 7, 2, 3, bias=False),
                nn.BatchNorm2d(c),
                nn.ReLU(inplace=True),
                nn.MaxPool2d(3, 2, 1),
            ]
        else:
            stem = [nn.Conv2d(in_channels, c, 3, 1, 1, bias=False)]
        feats: list[nn.Module] = [*stem]
        for i, n in enumerate(blocks):
            for _ in range(n):
                feats.append(_DenseLayer(c, growth))
                c += growth
            if i != len(blocks) - 1:
                feats += [nn.BatchNorm2d(c), nn.ReLU(inplace=True), nn.Conv2d(c, c // 2, 1, bias=False)]
                feats.append(nn.AvgPool2d(2, 2))
                c //= 2
        feats += [nn.BatchNorm2d(c), nn.ReLU(inplace=True)]
        self.features = nn.Sequential(*feats)
        self.head = nn.Linear(c, num_labels)

    def forward(self, x: Tensor) -> Tensor:
        out: Tensor = self.head(self.features(x).mean(dim=(2, 3)))
        return out


def build_model(name: str, num_labels: int, *, width: int = 16, image_size: int = 64) -> nn.Module:
    """A model by name. ``*_small`` are 3-stage nets for small images; the others are the standard layouts."""
    big = image_size >= 160
    if name == "resnet_small":
        return ResNet(BasicBlock, [1, 1, 1], num_labels, width=width, imagenet_stem=False)
    if name == "resnet18":
        return ResNet(BasicBlock, [2, 2, 2, 2], num_labels, width=64, imagenet_stem=big)
    if name == "resnet50":
        return ResNet(Bottleneck, [3, 4, 6, 3], num_labels, width=64, imagenet_stem=big)
    if name == "densenet_small":
        return DenseNet([2, 2, 2], num_labels, growth=width, imagenet_stem=False)
    if name == "densenet121":
        return DenseNet([6, 12, 24, 16], num_labels, growth=32, imagenet_stem=big)
    raise ValueError(f"unknown model {name!r}")
